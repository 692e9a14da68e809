// PostGraphile v5 as the benchmark's peer (src/docs/performance.md): the Amber preset (PostGraphile's
// defaults) over the public schema of the synthetic graph, as one would deploy it: no GraphiQL, no
// watch mode, no explain output.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      // The same pool size as the server under benchmark (bench/BenchServer).
      poolConfig: { max: 16 },
    }),
  ],
  grafserv: {
    port: Number(process.env.PORT || 5678),
    host: "127.0.0.1",
    graphiql: false,
    watch: false,
  },
  grafast: { explain: false },
};

export default preset;
