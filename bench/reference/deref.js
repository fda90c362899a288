// SPDX-License-Identifier: GPL-3.0-or-later
// The reference dereferencing parser of issue #3, whole process: parse, resolve every $ref
// (relative files included, never the network) and dereference, as
// ../shared/corpus/expected/openapi/ was produced. Prints the number of path-item keys.
// Not part of the build: compare.sh installs @apidevtools/swagger-parser into a scratch folder.
const SwaggerParser = require("@apidevtools/swagger-parser");
SwaggerParser.dereference(process.argv[2], { resolve: { http: false } })
  .then(api => {
    let keys = 0;
    for (const item of Object.values(api.paths || {}))
      keys += Object.keys(item).length;
    console.log(keys);
  })
  .catch(e => {
    console.error(e.message);
    process.exit(1);
  });
