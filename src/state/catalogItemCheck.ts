/** A catalog item against the catalog schema (zod): the first problem as `path: message`, or null. */
import { catalogItemSchema } from '../core';

export function catalogItemProblem(item: unknown, fallbackPath: string): string | null {
  const checked = catalogItemSchema.safeParse(item);
  if (checked.success) return null;
  const issue = checked.error.issues[0];
  return `${issue?.path.join('.') || fallbackPath}: ${issue?.message ?? 'not accepted'}`;
}
