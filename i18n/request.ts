import { getRequestConfig } from "next-intl/server";
import api from "@/messages/en/api.json";
import common from "@/messages/en/common.json";
import editor from "@/messages/en/editor.json";
import ledger from "@/messages/en/ledger.json";
import publicSite from "@/messages/en/public.json";

// English only for now; the other five UN languages come later. One file per area of the site so that
// work on the editor and on the public pages does not collide in one large file.
export const DEFAULT_LOCALE = "en";

export default getRequestConfig(() => ({
  locale: DEFAULT_LOCALE,
  timeZone: "UTC",
  messages: { common, public: publicSite, editor, api, ledger },
}));
