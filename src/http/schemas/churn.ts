import { int, type Schema, str } from './common.ts';

export const churnRiskSchema: Schema = {
  $id: 'ChurnRisk',
  type: 'object',
  description:
    "A paying customer's risk of churning in the next 30 days, from the account's weekly-retrained churn model.",
  properties: {
    object: { type: 'string', const: 'churn_risk' },
    customer: str(),
    score: int({ minimum: 1, maximum: 100, description: 'The churn probability in percent, at least 1' }),
    band: { type: 'string', enum: ['high', 'medium', 'low'], description: 'high ≥ 75, medium 25–74, low < 25' },
    probability: { type: 'number' },
    reasons: {
      type: 'array',
      description: 'Up to three features that raise the risk most, largest first',
      items: {
        type: 'object',
        properties: { feature: str(), text: str(), contribution: { type: 'number' } },
        required: ['feature', 'text', 'contribution'],
      },
    },
    scored_at: int({ description: 'Unix seconds of the training that scored it' }),
  },
  required: ['object', 'customer', 'score', 'band', 'probability', 'reasons', 'scored_at'],
};
