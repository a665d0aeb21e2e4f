import ReactMarkdown from 'react-markdown';

/**
 * Editor-written Markdown, rendered on the server. Raw HTML in the text is shown as text,
 * never executed, and unsafe link protocols (javascript:, data:) are dropped.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose">
      <ReactMarkdown skipHtml>{children}</ReactMarkdown>
    </div>
  );
}
