/**
 * HTML drag and drop: the dragged payload lives in the session (`session.drag`) because `getData` cannot be read
 * during `dragover`; the MIME type only marks drags that come from podplan itself.
 */
export const PAYLOAD_MIME = 'application/x-podplan-payload';

/** Whether a drag carries files (an import) rather than a podplan payload. */
export const isFileDrag = (e: { readonly dataTransfer: DataTransfer | null }): boolean =>
  e.dataTransfer !== null && Array.from(e.dataTransfer.types).includes('Files');
