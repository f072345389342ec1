import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { build } from 'esbuild'
import { AppError } from '../../platform/http/errors.ts'
import { pdfFontFiles } from './pdf-fonts.ts'
import type { RenderJob, RenderResult } from './render/render-job.ts'

// Lays PDFs out in one worker thread, one after another, so that setting a long article (tens
// to hundreds of milliseconds of pdfkit and font work) never holds up the readers the event loop
// serves. The worker's code (render/) is bundled by esbuild when the first PDF is asked for, as
// the editor's script is (the build copies the folder beside the bundle); packages stay where
// they are installed.

const RENDER_DIR = new URL('./render/', import.meta.url)
/** A layout that has not finished by then is given up, and the worker with it. */
const RENDER_TIMEOUT_MS = 30_000

export class PdfUnavailableError extends AppError {
  constructor(cause: unknown) {
    super(503, 'pdf_unavailable', 'the PDF could not be made', 'Chưa tạo được tệp PDF của bài viết. Xin thử lại sau ít phút.')
    this.cause = cause
  }
}

interface Pending {
  resolve(pdf: Buffer): void
  reject(error: unknown): void
  timer: NodeJS.Timeout
}

let workerCode: Promise<string> | undefined

function bundleWorker(): Promise<string> {
  workerCode ??= build({
    entryPoints: [fileURLToPath(new URL('pdf-worker.ts', RENDER_DIR))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    // A worker started from a data: URL resolves nothing by name: each package is imported by
    // its installed file's address.
    plugins: [{
      name: 'packages-by-address',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('node:') ? { path: args.path, external: true } : { path: import.meta.resolve(args.path), external: true }))
      },
    }],
  }).then((result) => result.outputFiles[0]!.text).catch((error: unknown) => {
    workerCode = undefined
    throw error
  })
  return workerCode
}

export class PdfRenderer {
  #worker: Worker | undefined
  readonly #pending = new Map<number, Pending>()
  #nextId = 1

  async render(job: Omit<RenderJob, 'id'>): Promise<Buffer> {
    const worker = await this.#start()
    const id = this.#nextId++
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => this.#fail(worker, new Error(`the PDF layout took over ${RENDER_TIMEOUT_MS} ms`)), RENDER_TIMEOUT_MS)
      this.#pending.set(id, { resolve, reject, timer })
      worker.postMessage({ id, ...job } satisfies RenderJob)
    })
  }

  async #start(): Promise<Worker> {
    if (this.#worker) return this.#worker
    const code = await bundleWorker().catch((error: unknown) => {
      throw new PdfUnavailableError(error)
    })
    if (this.#worker) return this.#worker
    const worker = new Worker(new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`), { workerData: { faces: pdfFontFiles() } })
    // Waiting for PDFs is no reason to keep the process alive.
    worker.unref()
    worker.on('message', (result: RenderResult) => {
      const pending = this.#pending.get(result.id)
      if (!pending) return
      this.#pending.delete(result.id)
      clearTimeout(pending.timer)
      if ('pdf' in result) pending.resolve(Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength))
      else pending.reject(new PdfUnavailableError(new Error(result.error)))
    })
    worker.on('error', (error) => this.#fail(worker, error))
    worker.on('exit', (code) => this.#fail(worker, new Error(`the PDF worker stopped (exit code ${code})`)))
    this.#worker = worker
    return worker
  }

  /** Every layout waiting on this worker fails; the next PDF starts a new one. */
  #fail(worker: Worker, cause: unknown): void {
    if (this.#worker !== worker) return
    this.#worker = undefined
    void worker.terminate()
    for (const [id, pending] of this.#pending) {
      clearTimeout(pending.timer)
      pending.reject(new PdfUnavailableError(cause))
      this.#pending.delete(id)
    }
  }

  async close(): Promise<void> {
    const worker = this.#worker
    if (worker) this.#fail(worker, new Error('the portal is closing'))
  }
}
