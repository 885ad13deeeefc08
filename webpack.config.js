/**
 * Builds the Word task pane: dist/taskpane.html + JS, the icons, the help page and manifest.xml.
 *   npm run build       → production bundle (minified) in dist/, and dist/bundle-sizes.json;
 *                         dist/manifest.xml points at ADDIN_URL (https://localhost:3000 when unset)
 *   npm run dev-server  → https://localhost:3000 with Office's dev certificates (office-addin-dev-certs)
 * Heavy parts (xlsx/csv import, .docx writing and reading, the checker, the Word adapter, the
 * example case) are dynamic import() chunks, so the JavaScript needed before the first render is small.
 */
const path = require('path');
const zlib = require('zlib');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinUrl, manifestFor } = require('./scripts/manifest');

const DEV_PORT = 3000;

/** Writes dist/bundle-sizes.json: bytes and gzip bytes per entry (initial JS) and per lazy chunk. */
class BundleSizesPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('BundleSizesPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BundleSizesPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const size = (file) => {
            const buf = compilation.getAsset(file).source.buffer();
            return { bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
          };
          const sum = (files) =>
            files.reduce(
              (acc, f) => {
                const s = size(f);
                return { bytes: acc.bytes + s.bytes, gzip: acc.gzip + s.gzip };
              },
              { bytes: 0, gzip: 0 },
            );
          const entries = {};
          const initial = new Set();
          for (const [name, ep] of compilation.entrypoints) {
            const files = ep.getFiles().filter((f) => f.endsWith('.js'));
            files.forEach((f) => initial.add(f));
            entries[name] = { files, ...sum(files) };
          }
          const chunks = {};
          for (const chunk of compilation.chunks) {
            for (const f of chunk.files) {
              if (!f.endsWith('.js') || initial.has(f)) continue;
              chunks[f] = { name: chunk.name ?? null, ...size(f) };
            }
          }
          const report = { generated: new Date().toISOString(), mode: compiler.options.mode, entries, lazyChunks: chunks };
          compilation.emitAsset('bundle-sizes.json', new compiler.webpack.sources.RawSource(JSON.stringify(report, null, 2) + '\n'));
        },
      );
    });
  }
}

async function httpsOptions() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    console.warn(
      `Kunde inte hämta utvecklingscertifikaten (office-addin-dev-certs): ${e.message}. Kör "npx office-addin-dev-certs install".`,
    );
    return undefined;
  }
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  addinUrl(process.env.ADDIN_URL); // a wrong ADDIN_URL stops the build with a Swedish message before anything is written
  const config = {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false, // no eval(): the pane's CSP does not allow it
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true, // type-checking is `npm run typecheck`
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              compilerOptions: { module: 'esnext', moduleResolution: 'node10', sourceMap: dev, noEmit: false }, // 'bundler' crashes transpileModule on JSON imports (TS 5.9),
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // dist/manifest.xml for ADDIN_URL (https://localhost:3000 when unset): every address replaced.
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestFor(content.toString('utf8'), process.env.ADDIN_URL),
          },
          // The help page the manifest's SupportUrl points at.
          { from: 'src/help/hjalp.html', to: 'hjalp.html' },
          { from: 'src/taskpane/boot.js', to: 'boot.js' }, // plain ES5, not bundled: runs in engines the bundle cannot
        ],
      }),
      new BundleSizesPlugin(),
    ],
    performance: { hints: false },
    optimization: { splitChunks: { chunks: 'async' } },
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      static: false,
      hot: false,
      client: { overlay: false, webSocketURL: `wss://localhost:${DEV_PORT}/ws` },
      headers: { 'Access-Control-Allow-Origin': 'https://localhost:3000' },
    },
  };
  if (dev && argv.env && argv.env.WEBPACK_SERVE) {
    const https = await httpsOptions();
    config.devServer.server = https ? { type: 'https', options: https } : 'https';
  }
  return config;
};
