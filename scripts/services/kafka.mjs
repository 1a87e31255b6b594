#!/usr/bin/env node
// A real single-node Apache Kafka broker (KRaft, broker and controller in one JVM) on free
// loopback ports with a throwaway log dir, for tests and local runs without Docker.
// The broker's jars come from Maven Central once and are cached in .cache/ (git-ignored).
//
//   import { startKafka } from './scripts/services/kafka.mjs';
//   const kafka = await startKafka();   // { brokers, dataDir, stop(), restart() }
//
//   node scripts/services/kafka.mjs start   # prints the brokers, writes .cache/kafka-run.json
//   node scripts/services/kafka.mjs stop
import { spawn, execFileSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { clearTimeout } from 'node:timers';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const KAFKA_VERSION = '3.9.1';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cacheDir = join(repoRoot, '.cache', `kafka-${KAFKA_VERSION}`);
const libDir = join(cacheDir, 'libs');
const runFile = join(repoRoot, '.cache', 'kafka-run.json');

// kafkajs is a dependency of the gateway, not of the repo root.
const { Kafka, logLevel } = createRequire(join(repoRoot, 'packages/gateway/package.json'))(
  'kafkajs',
);

const POM = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>nrm.exchange</groupId>
  <artifactId>kafka-broker-jars</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>${KAFKA_VERSION}</version></dependency>
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-reload4j</artifactId><version>1.7.36</version></dependency>
    <dependency><groupId>ch.qos.reload4j</groupId><artifactId>reload4j</artifactId><version>1.2.25</version></dependency>
  </dependencies>
</project>
`;

const LOG4J = `log4j.rootLogger=WARN, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.server.KafkaServer=INFO
log4j.logger.kafka.server.KafkaRaftServer=INFO
`;

/** Fetches the broker's jars into the cache unless a previous fetch completed. */
export function fetchKafkaJars({ log = () => {} } = {}) {
  const done = join(cacheDir, 'complete');
  if (existsSync(done)) {
    return libDir;
  }
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(join(cacheDir, 'pom.xml'), POM);
  log(`fetching Kafka ${KAFKA_VERSION} jars from Maven Central into ${libDir}`);
  const started = Date.now();
  execFileSync(
    'mvn',
    [
      '-B',
      '-q',
      'dependency:copy-dependencies',
      '-DincludeScope=runtime',
      `-DoutputDirectory=${libDir}`,
    ],
    { cwd: cacheDir, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  writeFileSync(done, `${new Date().toISOString()} ${Date.now() - started}ms\n`);
  log(`fetched in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return libDir;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function serverProperties({ port, controllerPort, logDir }) {
  return [
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'inter.broker.listener.name=PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    `log.dirs=${logDir}`,
    'num.partitions=1',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=1',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    // Topics are created explicitly before consumers start, never by a stray produce.
    'auto.create.topics.enable=false',
    '',
  ].join('\n');
}

function java(classpath, args, options) {
  const jvm = [
    '-Xms256m',
    '-Xmx512m',
    '-XX:+UseG1GC',
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${options.log4j}`,
    '-cp',
    classpath,
  ];
  return [...jvm, ...args];
}

async function waitUntilReady(brokers, child, output, timeoutMs) {
  const kafka = new Kafka({
    clientId: 'kafka-ready',
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `Kafka exited with ${child.exitCode} before it was ready:\n${output.join('')}`,
      );
    }
    const admin = kafka.admin();
    try {
      await admin.connect();
      await admin.listTopics();
      // Also wait for the group coordinator (the offsets topic): consumers join groups first.
      await admin.describeGroups(['nrm-kafka-ready']);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    } finally {
      await admin.disconnect().catch(() => {});
    }
  }
  throw new Error(`Kafka was not ready within ${timeoutMs} ms:\n${output.join('')}`);
}

/**
 * Starts a broker and resolves when an admin client can list its topics.
 * `restart()` stops the JVM and starts it again on the same ports and log dir, for fault tests.
 */
export async function startKafka(options = {}) {
  const log = options.log ?? (() => {});
  const readyTimeoutMs = options.readyTimeoutMs ?? 120_000;
  const classpath = readdirSync(fetchKafkaJars({ log }))
    .filter((f) => f.endsWith('.jar'))
    .map((f) => join(libDir, f))
    .join(delimiter);
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'nrm-kafka-'));
  const logDir = join(dataDir, 'logs');
  const port = options.port ?? (await freePort());
  const controllerPort = options.controllerPort ?? (await freePort());
  const config = join(dataDir, 'server.properties');
  const log4j = join(dataDir, 'log4j.properties');
  writeFileSync(config, serverProperties({ port, controllerPort, logDir }));
  writeFileSync(log4j, LOG4J);
  const brokers = [`127.0.0.1:${port}`];

  // A log dir kept from an earlier start (`stop({ keepData: true })`) keeps its cluster id.
  if (!existsSync(join(logDir, 'meta.properties'))) {
    const clusterId = execFileSync(
      'java',
      java(classpath, ['kafka.tools.StorageTool', 'random-uuid'], { log4j }),
      {
        encoding: 'utf8',
      },
    ).trim();
    execFileSync(
      'java',
      java(
        classpath,
        ['kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', config, '--ignore-formatted'],
        {
          log4j,
        },
      ),
      { stdio: 'ignore' },
    );
  }

  let child;
  const launch = async () => {
    const started = Date.now();
    const output = [];
    if (options.detached) {
      // Outlives this process (the `start` command): output goes to a file, not to a pipe.
      const fd = openSync(join(dataDir, 'broker.log'), 'a');
      child = spawn('java', java(classpath, ['kafka.Kafka', config], { log4j }), {
        stdio: ['ignore', fd, fd],
        detached: true,
      });
      closeSync(fd);
      child.unref();
    } else {
      child = spawn('java', java(classpath, ['kafka.Kafka', config], { log4j }), {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // Keep only the tail, for the error message when the broker does not come up.
      const keep = (chunk) => {
        output.push(chunk.toString());
        if (output.length > 50) {
          output.shift();
        }
      };
      child.stdout.on('data', keep);
      child.stderr.on('data', keep);
    }
    try {
      await waitUntilReady(brokers, child, output, readyTimeoutMs);
    } catch (error) {
      await halt();
      throw error;
    }
    log(
      `Kafka ${KAFKA_VERSION} ready at ${brokers[0]} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  };
  const halt = async () => {
    const current = child;
    if (!current || current.exitCode !== null || current.signalCode !== null) {
      return;
    }
    const exited = new Promise((r) => current.once('exit', r));
    current.kill('SIGTERM');
    // A controlled shutdown normally takes a few seconds; a stuck JVM is killed.
    const force = setTimeout(() => current.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(force);
  };

  await launch();
  return {
    brokers,
    dataDir,
    pid: () => child.pid,
    async stop({ keepData = options.dataDir !== undefined } = {}) {
      await halt();
      if (!keepData) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    async restart() {
      await halt();
      await launch();
    },
  };
}

async function main(command) {
  if (command === 'fetch') {
    fetchKafkaJars({ log: console.log });
    return;
  }
  if (command === 'start') {
    const dataDir = mkdtempSync(join(tmpdir(), 'nrm-kafka-'));
    const kafka = await startKafka({ dataDir, detached: true, log: console.error });
    const pid = kafka.pid();
    writeFileSync(runFile, JSON.stringify({ pid, brokers: kafka.brokers, dataDir }, null, 2));
    console.log(`NRM_KAFKA_BROKERS=${kafka.brokers.join(',')}`);
    // The JVM keeps running after this script exits; `stop` ends it.
    process.exit(0);
  }
  if (command === 'stop') {
    if (!existsSync(runFile)) {
      console.error('no broker started by this script is running');
      process.exit(1);
    }
    const { pid, dataDir } = JSON.parse(readFileSync(runFile, 'utf8'));
    try {
      process.kill(pid, 'SIGTERM');
      while (isAlive(pid)) {
        await new Promise((r) => setTimeout(r, 200));
      }
    } catch (error) {
      if (error.code !== 'ESRCH') {
        throw error;
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(runFile, { force: true });
    console.log('stopped');
    return;
  }
  console.error('usage: node scripts/services/kafka.mjs start|stop|fetch');
  process.exit(2);
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv[2]);
}
