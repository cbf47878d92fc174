// A bare Node HTTP server sending the bytes and headers bench/http.ts saved from the app, at the same paths
// as nginx (gzip copies under /gzip/…): what Node itself can do, with no cache logic and no Next. The
// benchmark runs it beside nginx so that the app can be compared with both.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

type Saved = { path: string; file: string; headers: string[] };

const [manifestFile = "", port] = process.argv.slice(2);
const saved = JSON.parse(readFileSync(manifestFile, "utf8")) as Saved[];
const responses = new Map(saved.map((item) => [item.path, { headers: item.headers, body: readFileSync(item.file) }]));

createServer((request, response) => {
  const found = responses.get(request.url ?? "");
  if (!found) {
    response.writeHead(404);
    response.end();
    return;
  }
  response.writeHead(200, found.headers);
  response.end(found.body);
}).listen(Number(port), "127.0.0.1", () => console.log(`ready on ${port}`));
