import { build } from 'vite'
import { gzipSync } from 'node:zlib'
const code = process.argv[2]
const res = await build({ configFile: false, logLevel: 'silent', build: { write: false, minify: true, lib: { entry: '/tmp/sz/v.js', formats: ['es'] }, rolldownOptions: { external: ['vue'] } }, plugins: [{ name: 'e', resolveId(id) { if (id === '/tmp/sz/v.js') return '/tmp/sz/v.js' }, load(id) { if (id === '/tmp/sz/v.js') return code } }] })
const out = (Array.isArray(res) ? res[0] : res).output
for (const c of out) if (c.type === 'chunk') console.log(c.fileName, (gzipSync(c.code, { level: 9 }).length / 1000).toFixed(2))
