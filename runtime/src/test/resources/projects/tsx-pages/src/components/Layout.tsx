import type { Child } from "./types";

type LayoutProps = { title: string; children?: Child };

/** The page frame: every page of the site renders inside it. */
export function Layout({ title, children }: LayoutProps) {
  return (
    <html lang="en">
      <head>
        <title>{title} &mdash; Shop</title>
      </head>
      <body>{children}</body>
    </html>
  );
}
