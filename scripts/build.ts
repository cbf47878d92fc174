// npm run build — the site (`next build`) and the production server that serves it (server/).
import { buildSite } from "./build-if-needed";

buildSite();
