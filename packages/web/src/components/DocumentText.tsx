/**
 * A consent document's text: plain text, paragraphs separated by blank lines. It is never
 * interpreted as HTML or Markdown, so what is shown is exactly what is signed.
 */
export function DocumentText({ body }: { body: string }) {
  const paragraphs = body.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  return (
    <div className="document-text">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
