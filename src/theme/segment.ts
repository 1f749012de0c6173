/** Default classes of ShSegment, one entry per `data-slot`. */
export default {
  wrapper: 'relative',
  background: 'pointer-events-none absolute inset-0 bg-cover bg-center',
  inner: 'relative',
}
