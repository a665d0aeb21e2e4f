import ReactMarkdown, { type Components } from 'react-markdown';

/**
 * Headings inside a brief sit under the page's own h2 section, so they start at h3.
 * Images are not rendered: they would make readers' browsers fetch other hosts.
 */
const components: Components = {
  h1: ({ children }) => <h3>{children}</h3>,
  h2: ({ children }) => <h3>{children}</h3>,
  h3: ({ children }) => <h4>{children}</h4>,
  h4: ({ children }) => <h5>{children}</h5>,
};

/**
 * Editor-written Markdown, rendered on the server. Raw HTML in the text is dropped (never
 * rendered or executed), and unsafe link protocols (javascript:, data:) are removed.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose">
      <ReactMarkdown
        skipHtml
        disallowedElements={['img']}
        unwrapDisallowed={false}
        components={components}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
