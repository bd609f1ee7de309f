/** Campaigns: marketing e-mail to a segment's consenting members, throttled, with tracked links and conversions. */
export {
  type CampaignInput,
  createCampaign,
  findCampaign,
  getCampaign,
  listCampaigns,
  sendCampaign,
} from './campaigns.ts';
export { recordClick } from './clicks.ts';
export { extractLinks, rewriteLinks } from './core/links.ts';
export { type CampaignOptions, campaignDueWork } from './send-batch.ts';
