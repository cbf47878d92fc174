import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Links and redirects that keep the page's language: `<Link href="/signatories">` is /fr/signatories on a French page.
export const { Link, redirect, getPathname } = createNavigation(routing);
