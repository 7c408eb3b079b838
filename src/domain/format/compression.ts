/**
 * gzip through the platform's CompressionStream (browsers and Node 20), streamed, so that a text
 * larger than any one string can be compressed from its parts and read back in parts.
 */

/** The two bytes every gzip stream starts with. */
export const isGzip = (head: Uint8Array): boolean => head[0] === 0x1f && head[1] === 0x8b;

/** The gzip of the texts joined, as the chunks the compressor gave. */
export async function gzipTexts(parts: AsyncIterable<string> | Iterable<string>): Promise<Uint8Array<ArrayBuffer>[]> {
  const stream = new CompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  // Read while writing, or the compressor's queue fills and the writes wait for ever.
  const reading = (async () => {
    const reader = stream.readable.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value as Uint8Array<ArrayBuffer>);
  })();
  const encoder = new TextEncoder();
  try {
    for await (const part of parts) await writer.write(encoder.encode(part));
    await writer.close();
  } catch (error) {
    await writer.abort(error).catch(() => undefined);
    await reading.catch(() => undefined);
    throw error;
  }
  await reading;
  return chunks;
}

/** One buffer from many chunks. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** The text of a byte stream, gunzipped first if `compressed`, as it arrives; a decoding error is thrown. */
export async function* textOf(bytes: ReadableStream<Uint8Array>, compressed: boolean): AsyncGenerator<string> {
  const plain = compressed ? bytes.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>) : bytes;
  const text = plain.pipeThrough(new TextDecoderStream('utf-8', { fatal: true }) as unknown as ReadableWritablePair<string, Uint8Array>);
  const reader = text.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) yield next.value;
  } finally {
    // Stop reading a large file as soon as its reader gives up on it.
    await reader.cancel().catch(() => undefined);
  }
}
