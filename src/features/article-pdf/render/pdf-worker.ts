import { parentPort, workerData } from 'node:worker_threads'
import { facesOf, type FaceFiles } from './faces.ts'
import { imageMap } from './images.ts'
import { renderArticlePdf } from './pdf-document.ts'
import type { RenderJob, RenderResult } from './render-job.ts'

// The PDF's layout, in a worker thread: setting a long article takes longer than a reader of
// any other page should wait for the event loop (../pdf-renderer.ts starts it). The fonts come
// once, with the worker; each job brings its article and its images ready as JPEG.

const faces = facesOf((workerData as { faces: FaceFiles }).faces)
const noPause = async () => {}

parentPort!.on('message', (job: RenderJob) => {
  renderArticlePdf(job.article, faces, imageMap(job.images), job.words, noPause).then(
    (pdf) => parentPort!.postMessage({ id: job.id, pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength) } satisfies RenderResult),
    (error: unknown) => parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies RenderResult),
  )
})
