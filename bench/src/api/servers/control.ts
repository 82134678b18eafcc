/**
 * The parent's control channel, the same in every engine process: `cpu` → this process's CPU
 * time, `record` → start logging SQL statements, `take` → stop and hand over what was logged.
 * Engines push statements only while recording, so the timed runs log nothing.
 */
export interface Statement {
  sql: string;
  /** Time to rows as the engine measured it; NaN when the engine does not measure it. */
  ms: number;
}

export interface StatementLog {
  readonly recording: boolean;
  push(statement: Statement): void;
}

export function answerParent(): StatementLog {
  const statements: Statement[] = [];
  let recording = false;
  process.on('message', (message: { id: number; cmd: 'record' | 'take' | 'cpu' }) => {
    if (message.cmd === 'cpu') {
      process.send!({ id: message.id, result: process.cpuUsage() });
    } else if (message.cmd === 'record') {
      statements.length = 0;
      recording = true;
      process.send!({ id: message.id, result: true });
    } else if (message.cmd === 'take') {
      recording = false;
      process.send!({ id: message.id, result: statements.splice(0) });
    }
  });
  return {
    get recording() {
      return recording;
    },
    push(statement) {
      if (recording) statements.push(statement);
    },
  };
}
