/** Progress on stderr: a redrawn bar on a terminal, a few plain lines otherwise. */
export interface Progress {
  phase(name: string): void;
  update(done: number, total: number): void;
  end(): void;
}

const SILENT: Progress = { phase() {}, update() {}, end() {} };
/** Below this many files a build is too quick to need progress. */
const LARGE_TREE = 2000;

export function createProgress(stream: NodeJS.WriteStream, total: number): Progress {
  if (total < LARGE_TREE) return SILENT;
  return stream.isTTY ? barProgress(stream) : lineProgress(stream);
}

function barProgress(stream: NodeJS.WriteStream): Progress {
  let label = '';
  let lastDraw = 0;
  return {
    phase(name) {
      label = name;
    },
    update(done, total) {
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}\x1b[K`);
    },
    end() {
      stream.write('\r\x1b[K');
    },
  };
}

function lineProgress(stream: NodeJS.WriteStream): Progress {
  let nextQuarter = 1;
  return {
    phase(name) {
      nextQuarter = 1;
      stream.write(`${name}...\n`);
    },
    update(done, total) {
      if (nextQuarter <= 3 && done >= (total * nextQuarter) / 4) {
        stream.write(`  ${done}/${total}\n`);
        nextQuarter++;
      }
    },
    end() {},
  };
}
