import { notFound } from "next/navigation";

// Any other path in a language is that language's "not found" page (app/[locale]/not-found.tsx), inside the site's layout.
export default function UnknownPage() {
  notFound();
}
