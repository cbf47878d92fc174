/** Code or a command to copy, in a box that keyboard users can focus to scroll a long line sideways. */
export function CodeBlock({ children, testId }: { children: string; testId?: string }) {
  return (
    <pre tabIndex={0} className="overflow-x-auto rounded border border-rule bg-white p-3 text-sm" data-testid={testId}>
      <code>{children}</code>
    </pre>
  );
}
