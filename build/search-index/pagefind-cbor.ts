/**
 * Pagefind's binary files (its metadata and index parts) as it writes them once gunzipped: a
 * signature, then CBOR. Read and written with `cborg`, so the build can rename and trim them.
 */
import { decode, encode } from 'cborg';

/** What Pagefind writes at the start of every decompressed file. */
const signature = 'pagefind_dcd';

/**
 * The CBOR value after the signature, or an error naming the file when the signature is missing.
 * @param bytes a decompressed Pagefind file
 * @param file its path, for the error
 */
export function decodePagefindFile(bytes: Uint8Array, file: string): unknown {
  if (new TextDecoder().decode(bytes.subarray(0, signature.length)) !== signature)
    throw new Error(`${file} does not start with Pagefind's signature "${signature}".`);
  return decode(bytes.subarray(signature.length)) as unknown;
}

/**
 * A value as Pagefind's decoder reads it: the signature, then CBOR.
 * @param value the file's content
 */
export const encodePagefindFile = (value: unknown): Uint8Array =>
  Buffer.concat([Buffer.from(signature), Buffer.from(encode(value))]);
