/**
 * CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as in zlib, PNG and gzip. A CRC-32 detects every error burst
 * of up to 32 bits, so any one changed character of a base64url link (6 bits) is always caught, not just likely.
 * Check value: crc32 of the ASCII bytes "123456789" is 0xCBF43926.
 */
const TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c >>> 0;
}

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
