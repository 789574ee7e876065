import { randomUUID } from 'node:crypto';

/** A realistic, unique article body: a wire-style report with attributed quotes. */
export function buildArticleText(overrides: { speaker?: string; place?: string } = {}): string {
  const tag = randomUUID().slice(0, 8);
  const speaker = overrides.speaker ?? 'Maria Okonkwo';
  const surname = speaker.split(' ').pop();
  const place = overrides.place ?? 'Lagos';
  return [
    `${place} officials met on Tuesday to review the response to the flooding (ref ${tag}).`,
    `“We have moved more than 4,000 families to higher ground since Sunday,” said ${speaker}, the emergency coordinator.`,
    `${surname} added that the water level had begun to fall. “The next 48 hours will decide whether the embankment holds,” she said.`,
    `A spokesman for the regional water authority said crews were working through the night.`,
  ].join('\n');
}

/** Fields for a new article submission with a unique body. */
export function buildArticleInput(overrides: Partial<{ title: string; text: string; outlet: string; url: string; publishedAt: string }> = {}) {
  return {
    title: overrides.title ?? 'Flood response reaches its second week',
    text: overrides.text ?? buildArticleText(),
    outlet: overrides.outlet ?? 'The Coastal Herald',
    url: overrides.url,
    publishedAt: overrides.publishedAt ?? '2024-03-05',
  };
}
