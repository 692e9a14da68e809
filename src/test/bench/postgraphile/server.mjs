// Starts PostGraphile v5 on Node's HTTP server (grafserv's node adaptor), POST /graphql on
// 127.0.0.1:$PORT, over $DATABASE_URL. Run by bench/PostGraphilePeer with the Node of node_modules.
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import preset from "./graphile.config.mjs";

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (e) => {
  console.error(e);
  process.exit(1);
});
serv.addTo(server).catch((e) => {
  console.error(e);
  process.exit(1);
});
server.listen(preset.grafserv.port, preset.grafserv.host, () => {
  console.log(`PostGraphile listening on http://${preset.grafserv.host}:${preset.grafserv.port}/graphql`);
});
const stop = () => {
  server.close();
  pgl.release().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
