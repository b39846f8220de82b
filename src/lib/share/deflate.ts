/** Raw DEFLATE through the platform's CompressionStream (browsers, Node 18+): no library shipped. */

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream({
    start(controller: ReadableStreamDefaultController<BufferSource>) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

/** Every chunk of `stream` joined, or null once they pass `limit` bytes (the rest is never read). */
async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const out = await collect(streamOf(bytes).pipeThrough(new CompressionStream("deflate-raw")), Infinity);
  return out ?? new Uint8Array();
}

/**
 * The inflated bytes; "too large" once they pass `limit` (a small link cannot unpack into gigabytes), "broken" when the
 * data is not raw DEFLATE or ends early.
 */
export async function inflateRaw(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array<ArrayBuffer> | "too large" | "broken"> {
  try {
    return (await collect(streamOf(bytes).pipeThrough(new DecompressionStream("deflate-raw")), limit)) ?? "too large";
  } catch {
    return "broken";
  }
}
