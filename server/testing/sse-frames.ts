export type SseFrame = { event: string; data: string; id: string | undefined };

/** One frame's fields as EventSource reads them; comment lines (keepalives) are skipped. */
function parseFrame(frame: string): SseFrame {
  const parsed: SseFrame = { event: 'message', data: '', id: undefined };
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const field = line.slice(0, colon);
    const value = line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') parsed.event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id') parsed.id = value;
  }
  parsed.data = data.join('\n');
  return parsed;
}

/**
 * Calls `onFrame` for each event of a server-sent events body until it ends; frames with neither
 * data nor id (keepalive comments) are skipped. Rejects when the body is aborted.
 */
export async function readSseFrames(body: NonNullable<Response['body']>, onFrame: (frame: SseFrame) => void): Promise<void> {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let boundary: number;
    while ((boundary = buffer.indexOf('\n\n')) >= 0) {
      const frame = parseFrame(buffer.slice(0, boundary));
      buffer = buffer.slice(boundary + 2);
      if (frame.data || frame.id !== undefined) onFrame(frame);
    }
  }
}
