/**
 * The three engines readers' browsers run, each driven through the W3C protocol it speaks with Debian's packages:
 * - Chromium (Chrome, Edge, Samsung Internet, Chrome on Android) through `chromedriver` (`chromium-driver`), WebDriver;
 * - WebKit (Safari, and every browser on an iPhone) through `WebKitWebDriver` (`webkit2gtk-driver`), WebDriver, under
 *   an Xvfb display of our own, as WebKitGTK's MiniBrowser has no headless mode;
 * - Gecko (Firefox) through WebDriver BiDi, which Firefox itself serves (`--remote-debugging-port`): geckodriver, the
 *   bridge for classic WebDriver, is not packaged in Debian 12, and Playwright's Firefox is a patched build of its own.
 * Both protocols are standards, and the few commands the suite needs are small enough to speak directly (Node's own
 * `fetch` and `WebSocket`), so the suite adds no package. Each `Browser` offers the same handful of actions.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, systemChromium } from '../support/chromium';

export type EngineName = 'chromium' | 'webkit' | 'firefox';

/** What the suite does with a browser: the same for every engine. */
export interface Browser {
  engine: EngineName;
  /** Starts loading `url` and returns at once; `load` waits for the page's load event. */
  navigate(url: string): Promise<void>;
  load(url: string): Promise<void>;
  /** Runs `fn` in the page with JSON-able `args` and returns its JSON-able (awaited) result. */
  evaluate<T, A extends unknown[] = []>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Clicks the first element matching `selector` as a pointer would, in its middle. */
  click(selector: string): Promise<void>;
  /** Types `text` into the first element matching `selector`, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** What the page shows now, as a PNG. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A free TCP port on the loopback interface. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  await new Promise((closed) => server.close(closed));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts a program that must stay up, and ends it (and what it started) on `stop`. */
function start(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.on('error', (error) => console.error(`${command}: ${error.message}`));
  return child;
}

function stop(child: ChildProcess | undefined): void {
  if (child?.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}

/** Resolves with the first match of `pattern` in what `child` prints, or rejects after `ms`. */
function printed(child: ChildProcess, pattern: RegExp, ms: number): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`not printed within ${ms} ms: ${pattern}\n${seen}`)), ms);
    const hear = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', hear);
    child.stderr?.on('data', hear);
  });
}

/** The in-page function the protocols call: arguments and result travel as JSON text. */
const wrap = (fn: string) => `async (json) => JSON.stringify(await (${fn})(...JSON.parse(json)) ?? null)`;

/** The middle of an element, in viewport pixels, once scrolled into view. */
function middleOf(selector: string): { x: number; y: number } | null {
  const element = document.querySelector(selector);
  if (!element) return null;
  element.scrollIntoView({ block: 'center', behavior: 'instant' });
  const box = element.getBoundingClientRect();
  return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
}

/** Waits until `url` is the page shown and it has loaded, asking the page itself (navigation returns at once). */
async function waitForLoad(browser: Browser, url: string, ms = 30_000): Promise<void> {
  const wanted = new URL(url);
  const deadline = Date.now() + ms;
  for (;;) {
    const state = await browser
      .evaluate(() => [location.pathname + location.search, document.readyState] as const)
      .catch(() => undefined);
    if (state?.[0] === wanted.pathname + wanted.search && state[1] === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${url} did not load (at ${state?.join(', ')})`);
    await sleep(100);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// WebDriver (classic): HTTP and JSON.

class WebDriverBrowser implements Browser {
  constructor(
    readonly engine: EngineName,
    private readonly base: string,
    private readonly children: ChildProcess[],
  ) {}

  private async command<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) throw new Error(`${this.engine} ${path}: ${value.error}: ${value.message}`);
    return value;
  }

  async navigate(url: string): Promise<void> {
    await this.command('POST', '/url', { url });
  }

  async load(url: string): Promise<void> {
    await this.navigate(url);
    await waitForLoad(this, url);
  }

  async evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    const script = `return (${wrap(String(fn))})(arguments[0]);`;
    const result = await this.command<string>('POST', '/execute/sync', { script, args: [JSON.stringify(args)] });
    return JSON.parse(result) as T;
  }

  private async element(selector: string): Promise<string> {
    await this.evaluate(middleOf, selector);
    const found = await this.command<Record<string, string>>('POST', '/element', {
      using: 'css selector',
      value: selector,
    });
    return Object.values(found)[0]!;
  }

  async click(selector: string): Promise<void> {
    await this.command('POST', `/element/${await this.element(selector)}/click`, {});
  }

  async type(selector: string, text: string): Promise<void> {
    await this.command('POST', `/element/${await this.element(selector)}/value`, { text });
  }

  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.command<string>('GET', '/screenshot'), 'base64');
  }

  async close(): Promise<void> {
    await this.command('DELETE', '').catch(() => undefined);
    for (const child of this.children.reverse()) stop(child);
  }
}

/** Starts a WebDriver server and a session in it. */
async function webDriverSession(
  engine: EngineName,
  driver: ChildProcess,
  port: number,
  capabilities: Record<string, unknown>,
  children: ChildProcess[],
): Promise<Browser> {
  const root = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (
    !(await fetch(`${root}/status`).then(
      (r) => r.ok,
      () => false,
    ))
  ) {
    if (Date.now() > deadline || driver.exitCode !== null) throw new Error(`${engine}: its WebDriver did not start`);
    await sleep(100);
  }
  const response = await fetch(`${root}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // Navigation returns at once: the suite waits for the states it needs (a page held half-sent, a load).
    body: JSON.stringify({ capabilities: { alwaysMatch: { pageLoadStrategy: 'none', ...capabilities } } }),
  });
  const { value } = (await response.json()) as { value: { sessionId?: string; message?: string } };
  if (!value.sessionId) throw new Error(`${engine}: no session: ${value.message}`);
  return new WebDriverBrowser(engine, `${root}/session/${value.sessionId}`, [...children, driver]);
}

/** An X display of our own for WebKitGTK, which has no headless mode; Xvfb picks a free display number. */
async function startXvfb(): Promise<{ display: string; xvfb: ChildProcess }> {
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const number = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not start')), 15_000);
    xvfb.stdio[3]!.on('data', (chunk: Buffer) => {
      clearTimeout(timer);
      resolve(chunk.toString().trim());
    });
    xvfb.on('exit', () => reject(new Error('Xvfb stopped')));
  });
  return { display: `:${number}`, xvfb };
}

async function launchChromium(): Promise<Browser> {
  const port = await freePort();
  const driver = start('chromedriver', [`--port=${port}`]);
  return webDriverSession(
    'chromium',
    driver,
    port,
    {
      browserName: 'chrome',
      'goog:chromeOptions': {
        ...(systemChromium() ? { binary: systemChromium() } : {}),
        args: [...CHROMIUM_ARGS, '--headless=new', '--window-size=1280,900'],
      },
    },
    [],
  );
}

async function launchWebKit(): Promise<Browser> {
  const { display, xvfb } = await startXvfb();
  const port = await freePort();
  const driver = start('WebKitWebDriver', [`--port=${port}`], { ...process.env, DISPLAY: display });
  try {
    return await webDriverSession('webkit', driver, port, {}, [xvfb]);
  } catch (error) {
    stop(driver);
    stop(xvfb);
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// WebDriver BiDi: JSON messages over a WebSocket.

interface BiDiReply {
  id?: number;
  type?: string;
  result?: Record<string, unknown>;
  error?: string;
  message?: string;
}

class BiDiBrowser implements Browser {
  readonly engine = 'firefox';
  private next = 0;
  private readonly waiting = new Map<number, (reply: BiDiReply) => void>();
  private context = '';

  constructor(
    private readonly socket: WebSocket,
    private readonly children: ChildProcess[],
    private readonly profile: string,
  ) {
    socket.addEventListener('message', (event) => {
      const reply = JSON.parse(String(event.data)) as BiDiReply;
      if (reply.id !== undefined) this.waiting.get(reply.id)?.(reply);
    });
  }

  async send(method: string, params: Record<string, unknown>): Promise<Record<string, unknown>> {
    const id = ++this.next;
    const reply = await new Promise<BiDiReply>((resolve) => {
      this.waiting.set(id, resolve);
      this.socket.send(JSON.stringify({ id, method, params }));
    });
    this.waiting.delete(id);
    if (reply.type === 'error') throw new Error(`firefox ${method}: ${reply.error}: ${reply.message}`);
    return reply.result ?? {};
  }

  async open(): Promise<void> {
    await this.send('session.new', { capabilities: {} });
    const { contexts } = (await this.send('browsingContext.getTree', {})) as { contexts: { context: string }[] };
    this.context = contexts[0]!.context;
    await this.send('browsingContext.setViewport', { context: this.context, viewport: { width: 1280, height: 900 } });
  }

  async navigate(url: string): Promise<void> {
    await this.send('browsingContext.navigate', { context: this.context, url, wait: 'none' });
  }

  async load(url: string): Promise<void> {
    await this.navigate(url);
    await waitForLoad(this, url);
  }

  async evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    const { result, exceptionDetails } = (await this.send('script.callFunction', {
      functionDeclaration: wrap(String(fn)),
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      awaitPromise: true,
      target: { context: this.context },
    })) as { result?: { value?: string }; exceptionDetails?: { text: string } };
    if (exceptionDetails) throw new Error(`firefox: ${exceptionDetails.text}`);
    return JSON.parse(result?.value ?? 'null') as T;
  }

  async click(selector: string): Promise<void> {
    const point = await this.evaluate(middleOf, selector);
    if (!point) throw new Error(`firefox: no ${selector}`);
    await this.send('input.performActions', {
      context: this.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', ...point },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });
  }

  async type(selector: string, text: string): Promise<void> {
    await this.click(selector);
    const keys = [...text].flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    await this.send('input.performActions', {
      context: this.context,
      actions: [{ type: 'key', id: 'keyboard', actions: keys }],
    });
  }

  async screenshot(): Promise<Buffer> {
    const { data } = (await this.send('browsingContext.captureScreenshot', { context: this.context })) as {
      data: string;
    };
    return Buffer.from(data, 'base64');
  }

  async close(): Promise<void> {
    await this.send('browser.close', {}).catch(() => undefined);
    this.socket.close();
    for (const child of this.children) stop(child);
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** Firefox's own preferences for a quiet test profile: no first-run pages, updates or calls home. */
const FIREFOX_PREFS: Record<string, string | boolean | number> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'browser.aboutwelcome.enabled': false,
};

async function launchFirefox(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'engines-firefox-'));
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(FIREFOX_PREFS)
      .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  const binary = process.env.FIREFOX_PATH ?? 'firefox-esr';
  const firefox = start(binary, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0']);
  const [, url] = await printed(firefox, /WebDriver BiDi listening on (ws:\/\/\S+)/, 60_000);
  const socket = new WebSocket(`${url}/session`);
  await new Promise((opened, failed) => {
    socket.addEventListener('open', opened, { once: true });
    socket.addEventListener('error', failed, { once: true });
  });
  const browser = new BiDiBrowser(socket, [firefox], profile);
  await browser.open();
  return browser;
}

/** Starts a fresh browser of `engine` with a profile of its own. */
export function launch(engine: EngineName): Promise<Browser> {
  return { chromium: launchChromium, webkit: launchWebKit, firefox: launchFirefox }[engine]();
}
