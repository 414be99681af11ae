// Runs a node script as a child process and measures its wall time and peak memory.
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';

export interface ChildRun {
  ms: number;
  maxRssBytes: number;
  stdout: string;
}

export async function runChild(script: string, args: readonly string[], nodeFlags: readonly string[] = []): Promise<ChildRun> {
  const rssFile = path.join(os.tmpdir(), `bench-rss-${process.pid}-${Date.now()}`);
  const started = process.hrtime.bigint();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const preload = `-r ${JSON.stringify(path.join(__dirname, 'maxrss.js'))}`;
    const child = spawn(process.execPath, [...nodeFlags, script, ...args], {
      env: { ...process.env, BENCH_MAXRSS_FILE: rssFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${preload}`.trim() },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (code !== 0) throw new Error(`${path.basename(script)} ${args.join(' ')} exited ${code}: ${stderr.slice(-2000)}`);
  const maxRssBytes = Number(await fs.readFile(rssFile, 'utf8'));
  await fs.rm(rssFile, { force: true });
  return { ms, maxRssBytes, stdout };
}
