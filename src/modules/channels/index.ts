/** The channel catalogue: categories, live channels, movies, series and episodes, bouquets, the programme guide. */
export {
  type BouquetInput,
  createBouquet,
  createCategory,
  createSeries,
  createStream,
  deleteStream,
  getBouquet,
  getCategory,
  getSeries,
  getStream,
  listBouquets,
  listCategories,
  listSeries,
  listStreams,
  type SeriesInput,
  type StreamInput,
  updateBouquet,
} from './catalogue.ts';
export { importEpg, importPlaylist } from './import.ts';
export * from './present.ts';
export {
  findVisibleStream,
  programmesFrom,
  programmesOf,
  type Scope,
  scopeOf,
  type VisibleSeries,
  type VisibleStream,
  visibleCategories,
  visibleSeries,
  visibleSeriesWithEpisodes,
  visibleStreams,
} from './visible.ts';
