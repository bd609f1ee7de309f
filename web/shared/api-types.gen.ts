// Generated from /openapi.json by scripts/web-api-types.ts; do not edit (npm run web:types).
/* eslint-disable */
export interface components {
  schemas: {
    Account: {
      id: string;
      object: "account";
      created: number;
      name: string;
      time_zone: string;
      default_locale: string;
      settings: {
        invoice_prefix: string;
        invoice_finalize_delay_seconds: number;
        days_until_due: number;
        analytics: {
          churn_recognition?: "period_end" | "billing_cancel" | "cancellation_request";
          discount_policy?: "all" | "forever_only";
          past_due_churn_after_days?: number | null;
          reporting_currency?: string | null;
        };
        dunning: {
          retry_days: Array<number>;
          stages: Array<{
            after_days: number;
            action: "warn" | "block_access" | "cancel" | "unpaid" | "pause";
          }>;
        };
        notices: {
          subscription_started?: {
            enabled?: boolean;
          };
          trial_ending?: {
            enabled?: boolean;
          };
          invoice_issued?: {
            enabled?: boolean;
          };
          payment_succeeded?: {
            enabled?: boolean;
          };
          payment_failed?: {
            enabled?: boolean;
          };
          payment_failed_final?: {
            enabled?: boolean;
          };
          dunning_warning?: {
            enabled?: boolean;
          };
          dunning_final_warning?: {
            enabled?: boolean;
          };
          dunning_suspended?: {
            enabled?: boolean;
          };
          card_expiring?: {
            enabled?: boolean;
          };
          plan_changed?: {
            enabled?: boolean;
          };
          cancellation_confirmed?: {
            enabled?: boolean;
          };
          subscription_ended?: {
            enabled?: boolean;
          };
          renewal_reminder?: {
            enabled?: boolean;
            days_before?: number;
            annual_days_before?: number;
          };
          price_change?: {
            enabled?: boolean;
            days_before?: number;
          };
          win_back?: {
            enabled?: boolean;
            days_after?: number;
          };
        };
        streaming: {
          session_ttl_seconds?: number;
          over_limit?: "refuse" | "close_oldest";
        };
      };
    };
    ApiKey: {
      id: string;
      object: "api_key";
      created: number;
      name: string | null;
      type: "secret" | "restricted";
      redacted: string;
      permissions: {
        [key: string]: "read" | "write";
      } | null;
      revoked_at: number | null;
      secret?: string;
    };
    AttributeDefinition: {
      object?: "attribute_definition";
      key?: string;
      type?: string;
      label?: string | null;
      created?: number;
    };
    AuditLogEntry: {
      id: string;
      object: "audit_log_entry";
      created: number;
      actor: {
        type: "operator" | "api_key" | "worker" | "customer";
        id: string;
        label: string | null;
      };
      action: string;
      request: {
        method: string;
        path: string;
        status: number;
        id: string | null;
      };
      object_type: string | null;
      object_id: string | null;
      before: {
        [key: string]: unknown;
      } | null;
      after: {
        [key: string]: unknown;
      } | null;
      client_address: string | null;
    };
    Automation: {
      id: string;
      object: "automation";
      created: number;
      name: string;
      trigger: {
        type: string;
        [key: string]: unknown;
      };
      wait_seconds: number;
      condition: {
        [key: string]: unknown;
      } | null;
      action: {
        type: string;
        [key: string]: unknown;
      };
      repeat: boolean;
      active: boolean;
      metadata: {
        [key: string]: string;
      };
    };
    AutomationRun: {
      id: string;
      object: "automation_run";
      created: number;
      automation: string;
      customer: string;
      test_clock: string | null;
      triggered_by: {
        event: string;
        type: string;
        subscription: string | null;
      };
      status: "scheduled" | "calling" | "completed" | "skipped" | "failed";
      due_at: number;
      outcome: {
        [key: string]: string | number | null;
      };
      completed_at: number | null;
    };
    BillingPortalConfiguration: {
      id: string;
      object: "billing_portal.configuration";
      created: number;
      active: boolean;
      application: null;
      business_profile: {
        headline: string | null;
        privacy_policy_url: string | null;
        terms_of_service_url: string | null;
      };
      default_return_url: string | null;
      features: {
        customer_update: {
          enabled: boolean;
          allowed_updates: Array<string>;
        };
        invoice_history: {
          enabled: boolean;
        };
        payment_method_update: {
          enabled: boolean;
        };
        subscription_cancel: {
          enabled: boolean;
          mode: "at_period_end" | "immediately";
          proration_behavior: "none" | "create_prorations" | "always_invoice";
          cancellation_reason: {
            enabled: boolean;
            options: Array<string>;
          };
        };
        subscription_update: {
          enabled: boolean;
          default_allowed_updates: Array<string>;
          products: Array<{
            product: string;
            prices: Array<string>;
          }>;
          proration_behavior: "none" | "create_prorations" | "always_invoice";
        };
        subscription_pause: {
          enabled: boolean;
        };
      };
      is_default: boolean;
      livemode: boolean;
      login_page: {
        enabled: boolean;
        url: string | null;
      };
      metadata: {
        [key: string]: string;
      };
      updated: number;
    };
    BillingPortalSession: {
      id: string;
      object: "billing_portal.session";
      created: number;
      configuration: string | null;
      customer: string;
      expires_at: number;
      flow: {
        type?: "payment_method_update" | "subscription_cancel" | "subscription_update" | "subscription_update_confirm";
      } | null;
      livemode: boolean;
      locale: string | null;
      on_behalf_of: null;
      return_url: string | null;
      url: string;
    };
    Bouquet: {
      id: string;
      object: "bouquet";
      created: number;
      name: string;
      categories: Array<string>;
      streams: Array<string>;
      series: Array<string>;
      metadata: {
        [key: string]: string;
      };
    };
    Campaign: {
      id: string;
      object: "campaign";
      created: number;
      name: string;
      segment: string;
      content: {
        [key: string]: {
          subject: string;
          body: string;
        };
      };
      subject_experiment: string | null;
      subject_variants: {
        [key: string]: {
          [key: string]: string;
        };
      } | null;
      links: Array<string>;
      rate_per_minute: number;
      attribution_days: number;
      status: "draft" | "sending" | "sent";
      total: number;
      sent: number;
      skipped: number;
      clicks: number;
      clicked: number;
      conversions: number;
      started_at: number | null;
      finished_at: number | null;
      metadata: {
        [key: string]: string;
      };
    };
    CancellationSession: {
      id: string;
      object: "cancellation_session";
      created: number;
      customer: string;
      subscription: string;
      reason: string;
      comment: string | null;
      offers: Array<{
        id?: string;
        object?: string;
        created?: number;
        name?: string;
        kind?: "coupon" | "pause" | "downgrade" | "extension";
        coupon?: string | null;
        months?: number | null;
        price?: string | null;
        reasons?: Array<string>;
        prices?: Array<string>;
        experiment?: string | null;
        variant?: string | null;
        active?: boolean;
        metadata?: {
          [key: string]: string;
        };
      }>;
      accepted_offer: string | null;
      result: "pending" | "retained" | "chose_to_cancel" | "aborted";
      mrr: number;
      currency: string;
      closed_at: number | null;
    };
    ChurnRisk: {
      object: "churn_risk";
      customer: string;
      score: number;
      band: "high" | "medium" | "low";
      probability: number;
      reasons: Array<{
        feature: string;
        text: string;
        contribution: number;
      }>;
      scored_at: number;
    };
    Coupon: {
      id: string;
      object: "coupon";
      created: number;
      name: string | null;
      percent_off: number | null;
      amount_off: number | null;
      currency: string | null;
      duration: string;
      duration_in_months: number | null;
      max_redemptions: number | null;
      times_redeemed: number;
      redeem_by: number | null;
      applies_to: {
        products?: Array<string>;
      } | null;
      valid: boolean;
      metadata: {
        [key: string]: string;
      };
    };
    CreditNote: {
      id: string;
      object: "credit_note";
      created: number;
      invoice: string;
      customer: string;
      number: string;
      status: "issued" | "void";
      amount: number;
      currency: string;
      reason: string | null;
      memo: string | null;
      lines: Array<{
        invoice_line: string | null;
        description: string;
        amount: number;
      }>;
      pre_payment_amount: number;
      refund_amount: number;
      credit_amount: number;
      out_of_band_amount: number;
      voided_at: number | null;
      metadata: {
        [key: string]: string;
      };
    };
    Customer: {
      id: string;
      object: "customer";
      created: number;
      name: string | null;
      email: string | null;
      phone: string | null;
      description: string | null;
      locale: string | null;
      preferred_currency: string | null;
      address: {
        line1?: string | null;
        line2?: string | null;
        city?: string | null;
        region?: string | null;
        postal_code?: string | null;
        country?: string | null;
      } | null;
      tax_ids: Array<{
        type?: string;
        value?: string;
      }>;
      attributes: {
        [key: string]: string | number | boolean;
      };
      tags: Array<string>;
      marketing_consent: boolean;
      marketing_consent_updated: number | null;
      balance: number;
      test_clock: string | null | components['schemas']["TestClock"];
      invoice_settings: {
        default_payment_method?: string | null;
      };
      metadata: {
        [key: string]: string;
      };
    };
    CustomerBalanceTransaction: {
      id: string;
      object: "customer_balance_transaction";
      created: number;
      customer: string;
      type: "adjustment" | "applied_to_invoice" | "credit_note" | "invoice_overpaid";
      amount: number;
      currency: string;
      ending_balance: number;
      invoice: string | null;
      credit_note: string | null;
      description: string | null;
      metadata: {
        [key: string]: string;
      };
    };
    CustomerImport: {
      id: string;
      object: "customer_import";
      created: number;
      status: "ready" | "running" | "succeeded";
      dry_run: boolean;
      filename: string | null;
      columns: Array<string>;
      mapping: {
        [key: string]: string;
      };
      dedupe_on: "external_id" | "email";
      counts: {
        rows: number;
        valid: number;
        invalid: number;
        processed: number;
        created: number;
        existing: number;
        failed: number;
      };
      problems: Array<components['schemas']["CustomerImportProblem"]>;
      has_more_problems: boolean;
      started_at: number | null;
      finished_at: number | null;
    };
    CustomerImportProblem: {
      row: number;
      column: string | null;
      field: string | null;
      code: string;
      message: string;
    };
    CustomerProfile: {
      object: "customer_profile";
      customer: string;
      as_of?: number;
      declared?: {
        attributes?: {
          [key: string]: unknown;
        };
        tags?: Array<string>;
      };
      geography?: {
        country?: string | null;
        region?: string | null;
        city?: string | null;
        postal_code?: string | null;
        locale?: string | null;
      };
      technographics?: {
        devices?: Array<{
          device_type?: string;
          minutes_90_days?: number;
        }>;
        connection_speed?: null;
      };
      behaviour?: {
        viewing_minutes?: {
          last_7_days?: number;
          last_30_days?: number;
          last_90_days?: number;
        };
        active_days?: {
          last_7_days?: number;
          last_30_days?: number;
          last_90_days?: number;
        };
        last_active_day?: string | null;
        recency_days?: number | null;
        favourite_genres?: Array<string>;
        favourite_channels?: Array<string>;
        tenure_months?: number;
        subscriptions?: {
          total?: number;
          active?: number;
        };
        payment_failures?: {
          total?: number;
          last_90_days?: number;
        };
        days_past_due?: number;
      };
      value?: {
        mrr?: number;
        mrr_currency?: string | null;
        revenue_to_date?: Array<{
          currency?: string;
          amount?: number;
        }>;
      };
    };
    Discount: {
      id: string;
      object: "discount";
      customer: string;
      subscription: string | null;
      start: number;
    };
    EngagementEventBatch: {
      object: "engagement_event_batch";
      received: number;
      recorded: number;
      duplicates: number;
    };
    Entitlements: {
      id: string;
      object: "entitlements";
      created?: number;
      customer: string;
      as_of: number;
      access: boolean;
      trial: boolean;
      access_until: number | null;
      subscriptions: Array<string>;
      bouquets: Array<string>;
      max_connections: number;
      max_devices: number;
      output_formats: Array<string>;
      catchup: boolean;
      quality: string | null;
      priority_support: boolean;
    };
    Event: {
      id: string;
      object: "event";
      created: number;
      type: string;
      data: {
        object?: {
          [key: string]: unknown;
        };
        previous_attributes?: {
          [key: string]: unknown;
        };
      };
      request: {
        id?: string | null;
        idempotency_key?: string | null;
      };
      test_clock: string | null;
    };
    ExchangeRate: {
      id: string;
      object: "exchange_rate";
      currency?: string;
      quote_currency?: string;
      date?: string;
      rate?: string;
    };
    Experiment: {
      id: string;
      object: "experiment";
      created: number;
      key: string;
      name: string;
      variants: Array<{
        key?: string;
        weight?: number;
      }>;
      goal: {
        type?: "conversion" | "churned" | "revenue";
        days?: number;
        currency?: string;
      };
      status: "running" | "stopped";
      winner: string | null;
      metadata: {
        [key: string]: string;
      };
    };
    ExperimentAssignment: {
      object?: "experiment_assignment";
      experiment?: string;
      customer?: string;
      variant?: string;
      exposure?: {
        id?: string;
        object?: string;
        created?: number;
        experiment?: string;
        customer?: string;
        variant?: string;
      } | null;
    };
    ExperimentConversion: {
      id: string;
      object: "experiment_conversion";
      created: number;
      experiment: string;
      customer: string;
      variant: string;
      value: number;
    };
    ExperimentResults: {
      object?: "experiment_results";
      experiment?: string;
      status?: string;
      goal?: {
        type?: "conversion" | "churned" | "revenue";
        days?: number;
        currency?: string;
      };
      control?: string;
      variants?: Array<{
        key?: string;
        weight?: number;
        exposures?: number;
        conversions?: number;
        conversion_rate?: number | null;
        value_mean?: number | null;
        value_sd?: number | null;
      }>;
      comparisons?: Array<{
        variant?: string;
        rate?: {
          control?: number;
          treatment?: number;
          absolute_lift?: number;
          absolute_ci?: {
            lower?: number;
            upper?: number;
          };
          relative_lift?: number | null;
          relative_ci?: {
            lower?: number;
            upper?: number;
          } | null;
          statistic?: number;
          p_value?: number;
          significant?: boolean;
          df?: number;
          sequential_ci?: {
            lower?: number;
            upper?: number;
          };
        } | null;
        value?: {
          control?: number;
          treatment?: number;
          absolute_lift?: number;
          absolute_ci?: {
            lower?: number;
            upper?: number;
          };
          relative_lift?: number | null;
          relative_ci?: {
            lower?: number;
            upper?: number;
          } | null;
          statistic?: number;
          p_value?: number;
          significant?: boolean;
          df?: number;
          sequential_ci?: {
            lower?: number;
            upper?: number;
          };
        } | null;
      }>;
      srm?: {
        chi_square?: number;
        p_value?: number;
        mismatch?: boolean;
      };
    };
    InboundMailResult: {
      object: "inbound_mail";
      outcome: "message_created" | "ticket_created" | "duplicate" | "ignored";
      ticket: string | null;
      message: string | null;
    };
    Invoice: {
      id: string;
      object: "invoice";
      created: number;
      customer: string | null | components['schemas']["Customer"];
      subscription: string | null | components['schemas']["Subscription"];
      status: "draft" | "open" | "paid" | "void" | "uncollectible";
      number: string | null;
      currency: string;
      billing_reason: string | null;
      collection_method: "charge_automatically" | "send_invoice";
      description: string | null;
      period_start: number;
      period_end: number;
      lines: {
        object: "list";
        data: Array<components['schemas']["InvoiceLineItem"]>;
        has_more: boolean;
        url: string;
      };
      subtotal: number;
      total_discount_amounts: Array<{
        coupon: string;
        discount: string | null;
        amount: number;
      }>;
      total_excluding_tax: number;
      tax: number;
      total_tax_amounts: Array<{
        tax_rate: string;
        amount: number;
        inclusive: boolean;
        taxable_amount: number;
        percentage: string;
      }>;
      total: number;
      starting_balance: number;
      ending_balance: number | null;
      amount_due: number;
      amount_paid: number;
      amount_remaining: number;
      paid: boolean;
      paid_out_of_band: boolean;
      attempt_count: number;
      next_payment_attempt: number | null;
      dunning_stage: number | null;
      auto_advance: boolean;
      next_finalization_attempt: number | null;
      due_date: number | null;
      hosted_invoice_url: string | null;
      status_transitions: {
        finalized_at: number | null;
        paid_at: number | null;
        voided_at: number | null;
        marked_uncollectible_at: number | null;
      };
      test_clock: string | null;
      metadata: {
        [key: string]: string;
      };
    };
    InvoiceItem: {
      id: string;
      object: "invoiceitem";
      created: number;
      customer: string;
      subscription: string | null;
      invoice: string | null;
      price: string | null;
      description: string | null;
      currency: string;
      quantity: number;
      unit_amount_decimal: string | null;
      amount: number;
      period: {
        start: number;
        end: number;
      };
      proration: boolean;
      discountable: boolean;
      tax_rates: Array<string>;
      test_clock: string | null;
      metadata: {
        [key: string]: string;
      };
    };
    InvoiceLineItem: {
      id: string;
      object: "line_item";
      created?: number;
      type: "subscription" | "invoiceitem";
      invoice: string;
      subscription: string | null;
      subscription_item: string | null;
      invoice_item: string | null;
      price: string | null;
      description: string | null;
      currency: string;
      quantity: number;
      unit_amount_decimal: string | null;
      amount: number;
      period: {
        start: number;
        end: number;
      };
      proration: boolean;
      discount_amounts: Array<{
        coupon: string;
        discount: string | null;
        amount: number;
      }>;
      discounts: Array<string>;
      tax_amounts: Array<{
        tax_rate: string;
        amount: number;
        inclusive: boolean;
        taxable_amount: number;
      }>;
      metadata: {
        [key: string]: string;
      };
    };
    Line: {
      id: string;
      object: "line";
      created: number;
      customer: string;
      subscription: string;
      username: string;
      password: string;
      status: "enabled" | "disabled" | "banned";
      access_status: "active" | "expired" | "banned" | "disabled";
      exp_date: number | null;
      is_trial: boolean;
      max_connections: number;
      bouquets: Array<string>;
      allowed_ips: Array<string>;
      allowed_user_agents: Array<string>;
      notes: string | null;
      metadata: {
        [key: string]: string;
      };
    };
    Message: {
      id: string;
      object: "message";
      created: number;
      customer: string;
      to: string;
      template: string;
      locale: string;
      subject: string;
      status: "queued" | "sent" | "failed";
      event: string;
      attempts: number;
      next_attempt_at: number | null;
      last_error: string | null;
      sent_at: number | null;
      text: string;
      headers: {
        [key: string]: string;
      };
    };
    MrrForecast: {
      object?: "mrr_forecast";
      as_of?: number;
      currency?: string | null;
      retention?: {
        alpha?: number;
        beta?: number;
        cohorts?: number;
        subscriptions?: number;
      };
      trial_conversion?: number;
      current_mrr?: number;
      lifetime_value?: {
        discount_rate?: number;
        expected_residual_months?: number;
        new_subscriber?: number;
      };
      data?: Array<{
        month?: number;
        mrr?: number;
        retained?: number;
        scheduled?: number;
        trials?: number;
      }>;
    };
    NoticeTemplate: {
      id?: string;
      object?: "notice_template";
      template?: string;
      locale?: string;
      subject?: string;
      body?: string;
      updated?: number;
    };
    NpsReport: {
      object?: "nps_report";
      survey?: string;
      segment?: string | null;
      from?: string;
      to?: string;
      responses?: number;
      promoters?: number;
      passives?: number;
      detractors?: number;
      score?: number | null;
      by_plan?: Array<{
        price?: string;
        responses?: number;
        promoters?: number;
        passives?: number;
        detractors?: number;
        score?: number | null;
      }>;
      series?: Array<{
        date?: string;
        responses?: number;
        promoters?: number;
        passives?: number;
        detractors?: number;
        score?: number | null;
      }>;
    };
    Operator: {
      id: string;
      object: "operator";
      created: number;
      email: string;
      name: string | null;
      role: "owner" | "admin" | "billing" | "support" | "analyst" | "read_only" | "reseller";
      status: "invited" | "active";
      totp_enabled: boolean;
      last_sign_in_at: number | null;
    };
    OperatorSession: {
      object: "operator_session";
      expires_at: number;
      csrf_token: string;
      operator: components['schemas']["Operator"];
    };
    Payment: {
      id: string;
      object: "payment";
      created: number;
      customer: string;
      invoice: string;
      payment_method: string | null;
      amount: number;
      amount_refunded: number;
      currency: string;
      status: "pending" | "processing" | "succeeded" | "failed";
      gateway: string;
      gateway_id: string | null;
      decline_code: string | null;
      failure_message: string | null;
      attempt: number;
      out_of_band: boolean;
      settled_at: number | null;
      metadata: {
        [key: string]: string;
      };
    };
    PaymentMethod: {
      id: string;
      object: "payment_method";
      created: number;
      customer: string | null;
      gateway: "sandbox" | "stripe";
      type: string;
      card: {
        brand: string | null;
        last4: string | null;
        exp_month: number | null;
        exp_year: number | null;
      } | null;
      is_default: boolean;
      metadata: {
        [key: string]: string;
      };
    };
    Personas: {
      object?: "personas";
      k?: number;
      features?: Array<string>;
      silhouettes?: Array<{
        k?: number;
        score?: number;
      }>;
      clusters?: Array<{
        index?: number;
        size?: number;
        centroid?: {
          [key: string]: number;
        };
        distinguishing?: Array<{
          feature?: string;
          z?: number;
          direction?: string;
        }>;
      }>;
    };
    Price: {
      id: string;
      object: "price";
      created: number;
      product: string | null | components['schemas']["Product"];
      currency: string;
      type: "one_time" | "recurring";
      recurring: {
        interval?: string;
        interval_count?: number;
        usage_type?: string;
        aggregate_usage?: string | null;
      } | null;
      billing_scheme: string;
      tiers_mode: string | null;
      unit_amount: number | null;
      unit_amount_decimal: string | null;
      tiers: Array<{
        up_to: number | null;
        unit_amount: number | null;
        unit_amount_decimal: string | null;
        flat_amount: number | null;
        flat_amount_decimal: string | null;
      }> | null;
      package: {
        package_size?: number;
        amount?: number;
        free_units?: number;
      } | null;
      trial_period_days: number | null;
      tax_behavior: string;
      lookup_key: string | null;
      nickname: string | null;
      active: boolean;
      used: boolean;
      metadata: {
        [key: string]: string;
      };
    };
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      code: "api_key_missing" | "api_key_invalid" | "session_invalid" | "session_required" | "csrf_token_invalid" | "permission_denied" | "operator_credentials_invalid" | "totp_required" | "totp_invalid" | "operator_token_invalid" | "password_too_short" | "role_not_assignable" | "operator_exists" | "owner_exists" | "last_owner" | "too_many_authentication_failures" | "too_many_requests" | "webhook_url_forbidden" | "parameter_unknown" | "parameter_missing" | "parameter_invalid" | "invalid_body" | "unsupported_media_type" | "resource_missing" | "idempotency_key_reused" | "idempotency_key_in_use" | "idempotency_key_invalid" | "expand_invalid" | "test_clock_advance_backwards" | "test_clock_advancing" | "attribute_undefined" | "attribute_type_mismatch" | "attribute_exists" | "metadata_key_too_long" | "metadata_too_many_keys" | "retention_history_missing" | "invalid_pricing" | "currency_unsupported" | "price_in_use" | "product_has_prices" | "lookup_key_taken" | "coupon_invalid" | "promotion_code_taken" | "price_not_recurring" | "price_inactive" | "interval_mismatch" | "duplicate_price" | "subscription_canceled" | "subscription_not_active" | "subscription_not_paused" | "promotion_code_invalid" | "coupon_expired" | "invoice_not_draft" | "invoice_not_open" | "subscription_payment_failed" | "payment_pending" | "invoice_not_voidable" | "invoice_finalized" | "payment_method_unavailable" | "item_not_metered" | "no_upcoming_invoice" | "currency_mismatch" | "webhook_url_invalid" | "schedule_not_active" | "gateway_unavailable" | "raw_card_number" | "invoice_not_creditable" | "credit_note_too_large" | "credit_note_split" | "credit_note_void" | "credit_note_refunded" | "credit_note_applied" | "payment_not_refundable" | "refund_too_large" | "refund_failed" | "payment_method_not_attached" | "payment_method_attached" | "preview_customer_mismatch" | "search_query_invalid" | "invalid_gateway_token" | "gateway_token_rejected" | "gateway_token_mismatch" | "amount_not_supported_by_gateway" | "invalid_webhook_signature" | "unsubscribe_token_invalid" | "cancellation_reason_invalid" | "retention_offer_invalid" | "retention_offer_not_applicable" | "retention_offer_limit" | "cancellation_session_closed" | "campaign_not_draft" | "campaign_link_invalid" | "survey_inactive" | "survey_token_invalid" | "inbound_secret_invalid" | "experiment_key_taken" | "experiment_stopped" | "experiment_not_exposed" | "experiment_goal_from_billing" | "route_not_found" | "internal_error" | "web_app_not_built" | "config_invalid" | "exchange_rate_missing" | "invalid_rate" | "invalid_date" | "reporting_currency_required" | "invalid_range" | "unsupported_filter" | "resource_exists" | "invalid_tax_rate" | "category_exists" | "category_kind_mismatch" | "playlist_invalid" | "xmltv_invalid" | "username_taken" | "method_not_allowed" | "payload_too_large" | "uri_too_long" | "headers_too_large" | "portal_link_invalid" | "portal_session_missing" | "portal_csrf_invalid" | "portal_feature_disabled" | "portal_price_not_allowed" | "portal_flow_invalid" | "csv_unreadable" | "import_not_ready" | "portal_configuration_inactive";
      param?: string;
      instance?: string;
      request_id?: string;
      error: {
        type: "invalid_request_error" | "api_error" | "card_error" | "idempotency_error" | "authentication_error" | "rate_limit_error";
        code: string;
        param?: string;
        message: string;
        decline_code?: string;
      };
    };
    Product: {
      id: string;
      object: "product";
      created: number;
      updated: number;
      name: string;
      description: string | null;
      active: boolean;
      entitlements: {
        [key: string]: unknown;
      } | null;
      metadata: {
        [key: string]: string;
      };
    };
    PromotionCode: {
      id: string;
      object: "promotion_code";
      created: number;
      code: string;
      coupon: string | null | components['schemas']["Coupon"];
      customer: string | null | components['schemas']["Customer"];
      active: boolean;
      expires_at: number | null;
      max_redemptions: number | null;
      times_redeemed: number;
      restrictions: {
        first_time_transaction?: boolean;
        minimum_amount?: number | null;
        minimum_amount_currency?: string | null;
      };
      metadata: {
        [key: string]: string;
      };
    };
    Refund: {
      id: string;
      object: "refund";
      created: number;
      payment: string;
      amount: number;
      currency: string;
      status: string;
      reason: string | null;
      credit_note: string | null;
      gateway_id: string | null;
      metadata: {
        [key: string]: string;
      };
    };
    RetentionMetrics: {
      object?: "retention_metrics";
      sessions?: number;
      retained?: number;
      chose_to_cancel?: number;
      aborted?: number;
      pending?: number;
      saved?: number;
      deflect_rate?: number | null;
      save_rate?: number | null;
      offer_accept_rate?: number | null;
      revenue_saved?: {
        [key: string]: number;
      };
    };
    RetentionOffer: {
      id: string;
      object: "retention_offer";
      created: number;
      name: string;
      kind: "coupon" | "pause" | "downgrade" | "extension";
      coupon: string | null;
      months: number | null;
      price: string | null;
      reasons: Array<string>;
      prices: Array<string>;
      experiment: string | null;
      variant: string | null;
      active: boolean;
      metadata: {
        [key: string]: string;
      };
    };
    RetentionSettings: {
      object?: "retention_settings";
      custom_reasons?: Array<string>;
      offer_window_days?: number;
      exit_survey?: string | null;
    };
    RfmReport: {
      object?: "rfm_report";
      source?: string;
      as_of?: number;
      customers?: number;
      segments?: {
        [key: string]: number;
      };
      data?: Array<{
        customer?: string;
        recency_days?: number;
        frequency?: number;
        monetary?: number;
        r?: number;
        f?: number;
        m?: number;
        segment?: string;
      }>;
    };
    Segment: {
      id: string;
      object: "segment";
      created: number;
      name: string;
      rule: {
        [key: string]: unknown;
      };
      count: number;
      refreshed: number | null;
    };
    SegmentMember: {
      object: "segment_member";
      segment: string;
      customer: string;
      entered: number;
    };
    SegmentPreview: {
      object?: "segment_preview";
      count?: number;
    };
    Series: {
      id: string;
      object: "series";
      created: number;
      number: number;
      name: string;
      category: string | null;
      cover: string | null;
      rating: string | null;
      info: {
        [key: string]: unknown;
      };
      metadata: {
        [key: string]: string;
      };
    };
    Stream: {
      id: string;
      object: "stream";
      created: number;
      kind: "live" | "movie" | "episode";
      number: number;
      name: string;
      category: string | null;
      icon: string | null;
      epg_channel_id: string | null;
      archive_days: number;
      origin_url: string;
      container_extension: string | null;
      series: string | null;
      season: number | null;
      episode_num: number | null;
      rating: string | null;
      info: {
        [key: string]: unknown;
      };
      position: number;
      metadata: {
        [key: string]: string;
      };
    };
    StreamCategory: {
      id: string;
      object: "stream_category";
      created: number;
      kind: "live" | "movie" | "series";
      name: string;
      number: number;
    };
    StreamSession: {
      id: string;
      object: "stream_session";
      created: number;
      line: string;
      stream: number;
      client_ip: string;
      user_agent: string;
      started: number;
      last_seen: number;
      expires_at: number;
      closed_at: number | null;
      live: boolean;
      viewing_seconds: number;
    };
    Subscription: {
      id: string;
      object: "subscription";
      created: number;
      customer: string | null | components['schemas']["Customer"];
      status: "trialing" | "active" | "past_due" | "paused" | "canceled" | "incomplete" | "incomplete_expired" | "unpaid";
      currency: string;
      items: {
        object: "list";
        data: Array<components['schemas']["SubscriptionItem"]>;
        has_more: boolean;
        url: string;
      };
      billing_cycle_anchor: number;
      start_date: number;
      current_period_start: number;
      current_period_end: number;
      trial_start: number | null;
      trial_end: number | null;
      trial_settings: {
        end_behavior: {
          missing_payment_method: "create_invoice" | "cancel" | "pause";
        };
      };
      cancel_at_period_end: boolean;
      cancel_at: number | null;
      canceled_at: number | null;
      ended_at: number | null;
      cancellation_details: {
        reason: string | null;
        comment: string | null;
        feedback: string | null;
      };
      pause_collection: {
        behavior: "void" | "keep_as_draft" | "mark_uncollectible";
        resumes_at: number | null;
      } | null;
      resume_at: number | null;
      pending_update: {
        subscription_items: Array<{
          price: string;
          quantity: number;
          metadata?: {
            [key: string]: string;
          };
        }>;
        effective_at: number;
      } | null;
      collection_method: "charge_automatically" | "send_invoice";
      days_until_due: number | null;
      default_tax_rates: Array<string>;
      latest_invoice: string | null | components['schemas']["Invoice"];
      access_blocked: boolean;
      access_blocked_at: number | null;
      schedule: string | null;
      previous_subscription: string | null;
      next_action_at: number | null;
      test_clock: string | null;
      metadata: {
        [key: string]: string;
      };
    };
    SubscriptionItem: {
      id: string;
      object: "subscription_item";
      created: number;
      subscription: string;
      price: components['schemas']["Price"];
      quantity: number;
      tax_rates: Array<string> | null;
      metadata: {
        [key: string]: string;
      };
    };
    SubscriptionSchedule: {
      id: string;
      object: "subscription_schedule";
      created: number;
      customer: string;
      subscription: string | null;
      status: "active" | "completed" | "released" | "canceled";
      end_behavior: "release" | "cancel";
      current_phase: number;
      phases: Array<{
        items: Array<{
          price: string;
          quantity: number;
          metadata?: {
            [key: string]: string;
          };
        }>;
        iterations: number | null;
      }>;
      metadata: {
        [key: string]: string;
      };
    };
    SupportSettings: {
      object: "support_settings";
      priority_rules: Array<{
        name: string;
        priority: "urgent" | "high" | "normal" | "low";
        conditions: {
          entitlement?: string;
          prices?: Array<string>;
          products?: Array<string>;
          segment?: string;
          mrr_gte?: number;
          churn_risk?: Array<"high" | "medium" | "low">;
        };
      }>;
      targets: {
        urgent: {
          first_response_minutes: number;
          resolution_minutes: number;
        };
        high: {
          first_response_minutes: number;
          resolution_minutes: number;
        };
        normal: {
          first_response_minutes: number;
          resolution_minutes: number;
        };
        low: {
          first_response_minutes: number;
          resolution_minutes: number;
        };
      };
      reply_domain: string;
      csat_survey: string | null;
      inbound_mail: {
        path: string;
        secret: string;
      };
    };
    SupportTicket: {
      id: string;
      object: "support_ticket";
      created: number;
      customer: string | null | components['schemas']["Customer"];
      subject: string;
      status: "open" | "pending" | "solved";
      priority: "urgent" | "high" | "normal" | "low";
      priority_source: "rule" | "default" | "manual";
      priority_rule: string | null;
      channel: "api" | "email" | "portal" | "automation";
      assignee: string | null;
      first_response_due_at: number;
      resolution_due_at: number;
      first_responded_at: number | null;
      solved_at: number | null;
      first_response_breached: boolean;
      resolution_breached: boolean;
      target_at: number;
      csat_request: string | null;
      test_clock: string | null;
      metadata: {
        [key: string]: string;
      };
      updated: number;
    };
    SupportTicketMessage: {
      id: string;
      object: "support_ticket_message";
      created: number;
      ticket: string;
      customer: string;
      author: "customer" | "operator";
      author_name: string | null;
      internal: boolean;
      body: string;
      via: "api" | "email" | "portal" | "automation";
    };
    Survey: {
      id: string;
      object: "survey";
      created: number;
      name: string;
      kind: "nps" | "csat" | "choice";
      question: {
        [key: string]: string;
      } | null;
      options: Array<{
        value?: string;
        label?: {
          [key: string]: string;
        };
      }> | null;
      attribute: string | null;
      throttle_days: number;
      active: boolean;
      metadata: {
        [key: string]: string;
      };
    };
    SurveyRequest: {
      id: string;
      object: "survey_request";
      created: number;
      survey: string;
      kind: "nps" | "csat" | "choice";
      customer: string;
      prices: Array<string>;
      score: number | null;
      answer: string | null;
      comment: string | null;
      answered_at: number | null;
    };
    SurveySend: {
      object?: "survey_send";
      survey?: string;
      requests?: Array<{
        id?: string;
        object?: string;
        created?: number;
        survey?: string;
        kind?: "nps" | "csat" | "choice";
        customer?: string;
        prices?: Array<string>;
        score?: number | null;
        answer?: string | null;
        comment?: string | null;
        answered_at?: number | null;
      }>;
      skipped?: Array<{
        customer?: string;
        reason?: "throttled" | "no_email";
      }>;
    };
    TaxRate: {
      id: string;
      object: "tax_rate";
      created: number;
      display_name: string;
      description: string | null;
      percentage: number;
      inclusive: boolean;
      country: string | null;
      region: string | null;
      jurisdiction: string | null;
      tax_type: string | null;
      active: boolean;
      metadata: {
        [key: string]: string;
      };
    };
    TestClock: {
      id: string;
      object: "test_helpers.test_clock";
      created: number;
      deletes_after: number;
      frozen_time: number;
      name: string | null;
      status: "ready" | "advancing" | "internal_failure";
      status_details: {
        advancing?: {
          target_frozen_time?: number;
        } | null;
        failure?: string | null;
      };
    };
    TotpSecret: {
      object: "totp_secret";
      secret: string;
      otpauth_url: string;
    };
    UsageRecordBatch: {
      object: "usage_record_batch";
      received: number;
      recorded: number;
      duplicates: number;
      data: Array<{
        id: string;
        object: "usage_record";
        subscription_item: string;
        quantity: number;
        timestamp: number;
        identifier: string;
        duplicate: boolean;
      }>;
    };
    WebhookDelivery: {
      id: string;
      object: "webhook_delivery";
      created: number;
      webhook_endpoint: string;
      event: string;
      event_type: string;
      status: "pending" | "succeeded" | "failed";
      attempt_count: number;
      last_attempt_at: number | null;
      last_status_code: number | null;
      last_duration_ms: number | null;
      last_error: string | null;
      next_retry_at: number | null;
      attempts?: Array<{
        id?: string;
        object?: "webhook_delivery_attempt";
        created?: number;
        status_code?: number | null;
        duration_ms?: number;
        error?: string | null;
        response_body?: string | null;
        manual?: boolean;
      }>;
    };
    WebhookEndpoint: {
      id: string;
      object: "webhook_endpoint";
      created: number;
      url: string;
      description: string | null;
      enabled_events: Array<string>;
      status: "enabled" | "disabled";
      signature_scheme: "standard_webhooks" | "stripe";
      secret?: string;
      previous_secret_expires_at: number | null;
      metadata: {
        [key: string]: string;
      };
    };
  };
}
export interface paths {
  "/inbound/mail/{account}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          account: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            raw?: string;
            from?: string;
            to?: string | Array<string>;
            subject?: string;
            text?: string;
            message_id?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["InboundMailResult"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/pay/{token}/payment_method": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "text/html": string;
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "text/html": string;
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          token: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            token: string;
            gateway?: "sandbox" | "stripe";
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "text/html": string;
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "text/html": string;
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/account": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Account"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            time_zone?: string;
            default_locale?: string;
            settings?: {
              invoice_prefix?: string;
              invoice_finalize_delay_seconds?: number;
              days_until_due?: number;
              analytics?: {
                churn_recognition?: "period_end" | "billing_cancel" | "cancellation_request";
                discount_policy?: "all" | "forever_only";
                past_due_churn_after_days?: number | null;
                reporting_currency?: string | null;
              };
              dunning?: {
                retry_days: Array<number>;
                stages: Array<{
                  after_days: number;
                  action: "warn" | "block_access" | "cancel" | "unpaid" | "pause";
                }>;
              };
              notices?: {
                subscription_started?: {
                  enabled?: boolean;
                };
                trial_ending?: {
                  enabled?: boolean;
                };
                invoice_issued?: {
                  enabled?: boolean;
                };
                payment_succeeded?: {
                  enabled?: boolean;
                };
                payment_failed?: {
                  enabled?: boolean;
                };
                payment_failed_final?: {
                  enabled?: boolean;
                };
                dunning_warning?: {
                  enabled?: boolean;
                };
                dunning_final_warning?: {
                  enabled?: boolean;
                };
                dunning_suspended?: {
                  enabled?: boolean;
                };
                card_expiring?: {
                  enabled?: boolean;
                };
                plan_changed?: {
                  enabled?: boolean;
                };
                cancellation_confirmed?: {
                  enabled?: boolean;
                };
                subscription_ended?: {
                  enabled?: boolean;
                };
                renewal_reminder?: {
                  enabled?: boolean;
                  days_before?: number;
                  annual_days_before?: number;
                };
                price_change?: {
                  enabled?: boolean;
                  days_before?: number;
                };
                win_back?: {
                  enabled?: boolean;
                  days_after?: number;
                };
              };
              streaming?: {
                session_ttl_seconds?: number;
                over_limit?: "refuse" | "close_oldest";
              };
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Account"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/api_keys": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["ApiKey"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            permissions?: {
              [key: string]: "read" | "write";
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["ApiKey"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/api_keys/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["ApiKey"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["ApiKey"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/attribute_definitions": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["AttributeDefinition"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            key: string;
            type: "string" | "number" | "boolean" | "date";
            label?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["AttributeDefinition"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/audit_log": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          actor?: string;
          object?: string;
          since?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["AuditLogEntry"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/automations": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          active?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Automation"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            trigger: {
              type: "segment_entered" | "segment_exited";
              segment: string;
            } | {
              type: "event";
              event_type: string;
            } | {
              type: "subscription_started";
              days: number;
            } | {
              type: "paid_months";
              months: number;
            };
            wait_seconds?: number;
            condition?: {
              [key: string]: unknown;
            };
            action: {
              type: "send_notice";
              template: string;
            } | {
              type: "apply_coupon";
              coupon: string;
            } | {
              type: "start_survey";
              survey: string;
            } | {
              type: "open_ticket";
              subject: string;
              message?: string;
            } | {
              type: "call_webhook";
              url: string;
            };
            repeat?: boolean;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Automation"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/automations/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Automation"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            active?: boolean;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Automation"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/automations/{id}/runs": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          customer?: string;
          status?: "scheduled" | "calling" | "completed" | "skipped" | "failed";
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["AutomationRun"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/billing_portal/configurations": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          active?: boolean;
          is_default?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["BillingPortalConfiguration"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            active?: boolean;
            is_default?: boolean;
            features?: {
              customer_update?: {
                enabled?: boolean;
                allowed_updates?: Array<"name" | "email" | "locale" | "marketing_consent" | "address" | "phone" | "shipping" | "tax_id">;
              };
              invoice_history?: {
                enabled?: boolean;
              };
              payment_method_update?: {
                enabled?: boolean;
              };
              subscription_cancel?: {
                enabled?: boolean;
                mode?: "at_period_end" | "immediately";
                proration_behavior?: "none" | "create_prorations" | "always_invoice";
                cancellation_reason?: {
                  enabled?: boolean;
                  options?: Array<string>;
                };
              };
              subscription_update?: {
                enabled?: boolean;
                default_allowed_updates?: Array<"price" | "quantity" | "promotion_code">;
                products?: Array<{
                  product: string;
                  prices: Array<string>;
                }>;
                proration_behavior?: "none" | "create_prorations" | "always_invoice";
              };
              subscription_pause?: {
                enabled?: boolean;
              };
            };
            business_profile?: {
              headline?: string | null;
              privacy_policy_url?: string | null;
              terms_of_service_url?: string | null;
            };
            default_return_url?: string | null;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["BillingPortalConfiguration"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/billing_portal/configurations/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["BillingPortalConfiguration"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            active?: boolean;
            is_default?: boolean;
            features?: {
              customer_update?: {
                enabled?: boolean;
                allowed_updates?: Array<"name" | "email" | "locale" | "marketing_consent" | "address" | "phone" | "shipping" | "tax_id">;
              };
              invoice_history?: {
                enabled?: boolean;
              };
              payment_method_update?: {
                enabled?: boolean;
              };
              subscription_cancel?: {
                enabled?: boolean;
                mode?: "at_period_end" | "immediately";
                proration_behavior?: "none" | "create_prorations" | "always_invoice";
                cancellation_reason?: {
                  enabled?: boolean;
                  options?: Array<string>;
                };
              };
              subscription_update?: {
                enabled?: boolean;
                default_allowed_updates?: Array<"price" | "quantity" | "promotion_code">;
                products?: Array<{
                  product: string;
                  prices: Array<string>;
                }>;
                proration_behavior?: "none" | "create_prorations" | "always_invoice";
              };
              subscription_pause?: {
                enabled?: boolean;
              };
            };
            business_profile?: {
              headline?: string | null;
              privacy_policy_url?: string | null;
              terms_of_service_url?: string | null;
            };
            default_return_url?: string | null;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["BillingPortalConfiguration"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/billing_portal/sessions": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customer: string;
            return_url?: string;
            locale?: "auto" | "en" | "pt-BR" | "nl" | "fa";
            configuration?: string;
            flow_data?: {
              type: "payment_method_update" | "subscription_cancel" | "subscription_update" | "subscription_update_confirm";
              after_completion?: {
                type: "portal_homepage" | "redirect" | "hosted_confirmation";
                redirect?: {
                  return_url: string;
                };
                hosted_confirmation?: {
                  custom_message?: string;
                };
              };
              subscription_cancel?: {
                subscription: string;
                retention?: Record<string, unknown>;
              };
              subscription_update?: {
                subscription: string;
              };
              subscription_update_confirm?: {
                subscription: string;
                items: Array<{
                  id: string;
                  price?: string;
                  quantity?: number;
                }>;
              };
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["BillingPortalSession"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/bouquets": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Bouquet"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            categories?: Array<string>;
            streams?: Array<string>;
            series?: Array<string>;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Bouquet"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/bouquets/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Bouquet"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            categories?: Array<string>;
            streams?: Array<string>;
            series?: Array<string>;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Bouquet"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/campaigns": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Campaign"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            segment: string;
            content: {
              [key: string]: {
                subject: string;
                body: string;
              };
            };
            subject_experiment?: string;
            subject_variants?: {
              [key: string]: {
                [key: string]: string;
              };
            };
            rate_per_minute?: number;
            attribution_days?: number;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Campaign"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/campaigns/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Campaign"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/campaigns/{id}/send": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Campaign"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/cancellation_sessions": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          customer?: string;
          subscription?: string;
          result?: "pending" | "retained" | "chose_to_cancel" | "aborted";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["CancellationSession"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            subscription: string;
            reason: string;
            comment?: string | null;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CancellationSession"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/cancellation_sessions/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CancellationSession"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/cancellation_sessions/{id}/abort": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CancellationSession"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/cancellation_sessions/{id}/accept": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            offer: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CancellationSession"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/cancellation_sessions/{id}/cancel": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CancellationSession"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/coupons": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Coupon"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            id?: string;
            name?: string;
            percent_off?: number;
            amount_off?: number;
            currency?: string;
            duration?: "once" | "repeating" | "forever";
            duration_in_months?: number;
            max_redemptions?: number;
            redeem_by?: number;
            applies_to?: {
              products: Array<string>;
            };
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Coupon"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/coupons/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Coupon"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Coupon"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              id?: string;
              object?: "coupon";
              deleted?: true;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/credit_notes": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          invoice?: string;
          customer?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["CreditNote"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            invoice: string;
            amount?: number;
            lines?: Array<{
              invoice_line: string;
              amount: number;
            }>;
            reason?: "duplicate" | "fraudulent" | "order_change" | "product_unsatisfactory" | "service_outage";
            memo?: string;
            credit_amount?: number;
            refund_amount?: number;
            out_of_band_amount?: number;
            metadata?: {
              [key: string]: string;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CreditNote"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/credit_notes/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CreditNote"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/credit_notes/{id}/html": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "text/html": string;
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/credit_notes/{id}/pdf": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/pdf": string;
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/credit_notes/{id}/void": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CreditNote"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/customer_imports": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["CustomerImport"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            csv: string;
            mapping?: {
              [key: string]: string;
            };
            dry_run?: boolean;
            filename?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CustomerImport"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/customer_imports/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CustomerImport"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/customer_imports/{id}/problems": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["CustomerImportProblem"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/customer_imports/{id}/run": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CustomerImport"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/customers": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          expand?: Array<"data.test_clock">;
          email?: string;
          name?: string;
          tag?: string;
          test_clock?: string;
          attributes?: {
            [key: string]: string;
          };
          created?: {
            gt?: number;
            gte?: number;
            lt?: number;
            lte?: number;
          };
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Customer"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: {
          expand?: Array<"test_clock">;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string | null;
            email?: string | null;
            phone?: string | null;
            description?: string | null;
            locale?: string | null;
            preferred_currency?: string | null;
            address?: {
              line1?: string | null;
              line2?: string | null;
              city?: string | null;
              region?: string | null;
              postal_code?: string | null;
              country?: string | null;
            } | null;
            tax_ids?: Array<{
              type: "eu_vat" | "gb_vat" | "br_cpf" | "br_cnpj" | "pt_nif" | "nl_kvk" | "ir_nid" | "us_ein" | "ch_vat" | "ca_bn" | "au_abn" | "in_gst" | "other";
              value: string;
            }>;
            attributes?: {
              [key: string]: string | number | boolean | null;
            };
            tags?: Array<string>;
            marketing_consent?: boolean;
            metadata?: {
              [key: string]: string | null;
            };
            test_clock?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Customer"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/customers/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          expand?: Array<"test_clock">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Customer"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: {
          expand?: Array<"test_clock">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string | null;
            email?: string | null;
            phone?: string | null;
            description?: string | null;
            locale?: string | null;
            preferred_currency?: string | null;
            address?: {
              line1?: string | null;
              line2?: string | null;
              city?: string | null;
              region?: string | null;
              postal_code?: string | null;
              country?: string | null;
            } | null;
            tax_ids?: Array<{
              type: "eu_vat" | "gb_vat" | "br_cpf" | "br_cnpj" | "pt_nif" | "nl_kvk" | "ir_nid" | "us_ein" | "ch_vat" | "ca_bn" | "au_abn" | "in_gst" | "other";
              value: string;
            }>;
            attributes?: {
              [key: string]: string | number | boolean | null;
            };
            tags?: Array<string>;
            marketing_consent?: boolean;
            metadata?: {
              [key: string]: string | null;
            };
            invoice_settings?: {
              default_payment_method?: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Customer"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              id?: string;
              object?: "customer";
              deleted?: true;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/customers/{id}/anonymize": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Customer"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/customers/{id}/balance_transactions": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["CustomerBalanceTransaction"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            amount: number;
            currency: string;
            description?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CustomerBalanceTransaction"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/customers/{id}/churn_risk": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["ChurnRisk"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/customers/{id}/discounts": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            coupon?: string;
            promotion_code?: string;
            currency: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Discount"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/customers/{id}/entitlements": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Entitlements"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/customers/{id}/export": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "customer_export";
              exported_at: number;
              customer: components['schemas']["Customer"];
              customer_deleted: boolean;
              subscriptions: Array<components['schemas']["Subscription"]>;
              subscription_schedules: Array<components['schemas']["SubscriptionSchedule"]>;
              invoices: Array<components['schemas']["Invoice"]>;
              invoice_items: Array<components['schemas']["InvoiceItem"]>;
              payments: Array<components['schemas']["Payment"]>;
              refunds: Array<components['schemas']["Refund"]>;
              payment_methods: Array<components['schemas']["PaymentMethod"]>;
              balance_transactions: Array<components['schemas']["CustomerBalanceTransaction"]>;
              credit_notes: Array<components['schemas']["CreditNote"]>;
              messages: Array<components['schemas']["Message"]>;
              events: Array<components['schemas']["Event"]>;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/customers/{id}/payment_methods": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["PaymentMethod"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/customers/{id}/profile": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["CustomerProfile"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/customers/search": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query: {
          query: string;
          limit?: number;
          page?: string;
          expand?: Array<"data.test_clock">;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "search_result";
              data: Array<components['schemas']["Customer"]>;
              has_more: boolean;
              next_page: string | null;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/engagement_events": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            events: Array<(unknown) & (unknown)>;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["EngagementEventBatch"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/engagement_events/import": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/x-ndjson": Array<(unknown) & (unknown)>;
          "text/csv": Array<(unknown) & (unknown)>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["EngagementEventBatch"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/epg/import": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            xmltv: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object?: string;
              channels?: number;
              programmes?: number;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/events": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          type?: string;
          types?: Array<string>;
          created?: {
            gt?: number;
            gte?: number;
            lt?: number;
            lte?: number;
          };
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Event"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/events/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Event"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/exchange_rates": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          currency?: string;
          quote_currency?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["ExchangeRate"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            currency: string;
            quote_currency: string;
            rate: string;
            date: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["ExchangeRate"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/experiments": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Experiment"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            key: string;
            name: string;
            variants: Array<{
              key: string;
              weight: number;
            }>;
            goal?: {
              type: "conversion";
            } | {
              type: "churned";
              days: number;
            } | {
              type: "revenue";
              days: number;
              currency: string;
            };
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Experiment"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/experiments/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Experiment"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/experiments/{id}/assign": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customer: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["ExperimentAssignment"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/experiments/{id}/conversions": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customer: string;
            value?: number;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["ExperimentConversion"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/experiments/{id}/results": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          sequential?: boolean;
          tuning?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["ExperimentResults"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/experiments/{id}/stop": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            winner?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Experiment"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/forecast/mrr": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          months?: number;
          currency?: string;
          discount_rate?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["MrrForecast"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/gateways/sandbox/notifications": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            payment: string;
            status: "succeeded" | "failed";
            decline_code?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Payment"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/invoiceitems": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customer: string;
            amount?: number;
            unit_amount?: number;
            quantity?: number;
            currency: string;
            description?: string;
            subscription?: string;
            period?: {
              start: number;
              end: number;
            };
            tax_rates?: Array<string>;
            discountable?: boolean;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["InvoiceItem"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/invoices": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          expand?: Array<"data.customer" | "data.subscription">;
          customer?: string;
          subscription?: string;
          status?: "draft" | "open" | "paid" | "void" | "uncollectible";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Invoice"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customer: string;
            currency?: string;
            auto_advance?: boolean;
            description?: string;
            collection_method?: "charge_automatically" | "send_invoice";
            days_until_due?: number;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Invoice"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/invoices/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          expand?: Array<"customer" | "subscription">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Invoice"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            description?: string | null;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Invoice"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/invoices/{id}/finalize": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Invoice"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/invoices/{id}/html": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "text/html": string;
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/invoices/{id}/mark_uncollectible": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Invoice"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/invoices/{id}/pay": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            paid_out_of_band?: boolean;
            amount?: number;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Invoice"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/invoices/{id}/pdf": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/pdf": string;
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/invoices/{id}/void": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Invoice"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/invoices/create_preview": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customer?: string;
            subscription: string;
            subscription_details?: {
              items?: Array<{
                id?: string;
                price?: string;
                quantity?: number;
                deleted?: boolean;
              }>;
              proration_behavior?: "create_prorations" | "always_invoice" | "none";
              proration_date?: number;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Invoice"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/invoices/upcoming": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query: {
          subscription: string;
          subscription_items?: Array<{
            id?: string;
            price?: string;
            quantity?: number;
            deleted?: boolean;
          }>;
          subscription_proration_date?: number;
          subscription_proration_behavior?: "create_prorations" | "always_invoice" | "none";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Invoice"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/lines": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          username?: string;
          search?: string;
          subscription?: string;
          customer?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Line"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            subscription: string;
            username?: string;
            password?: string;
            status?: "enabled" | "disabled" | "banned";
            allowed_ips?: Array<string>;
            allowed_user_agents?: Array<string>;
            notes?: string | null;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Line"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/lines/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Line"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            username?: string;
            password?: string;
            status?: "enabled" | "disabled" | "banned";
            allowed_ips?: Array<string>;
            allowed_user_agents?: Array<string>;
            notes?: string | null;
            metadata?: {
              [key: string]: string | null;
            };
            reset_password?: boolean;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Line"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/lines/{id}/sessions": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          live?: boolean;
          limit?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["StreamSession"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/messages": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          customer?: string;
          template?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Message"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/messages/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Message"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/metrics/cohorts": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          start?: number;
          end?: number;
          kind?: "customer" | "mrr";
          interval?: "month";
          format?: "json" | "csv";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "cohort_matrix";
              kind: "customer" | "mrr";
              interval: "month";
              start: number;
              end: number;
              complete_through: number;
              time_zone: string;
              data: Array<{
                object: "cohort";
                cohort: string;
                customers: number;
                value?: number;
                retained?: Array<number>;
                mrr?: Array<number>;
                rate: Array<number>;
              }>;
            };
            "text/csv": string;
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/metrics/dunning": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          start?: number;
          end?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "dunning_recovery";
              start: number;
              end: number;
              complete_through: number;
              entered: number;
              recovered: number;
              lost: number;
              in_dunning: number;
              recovery_rate: number | null;
              amounts: Array<{
                currency: string;
                entered: number;
                recovered: number;
                lost: number;
                in_dunning: number;
              }>;
              data: Array<{
                object: "dunning_invoice";
                id: string;
                customer: string;
                currency: string;
                amount_due: number;
                failed_at: number;
                outcome: "recovered" | "lost" | "in_dunning";
                paid_at: number | null;
                lost_at: number | null;
              }>;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/metrics/movements": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          start?: number;
          end?: number;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              complete_through: number;
              url: string;
              has_more: boolean;
              data: Array<{
                object: "mrr_movement";
                id: string;
                customer: string;
                date: number;
                type: "new" | "expansion" | "contraction" | "churn" | "reactivation";
                amount: number;
                currency: string;
                mrr_after: number;
              }>;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/metrics/mrr": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          start?: number;
          end?: number;
          interval?: "day" | "week" | "month";
          format?: "json" | "csv";
          plan?: string;
          product?: string;
          country?: string;
          currency?: string;
          attributes?: {
            [key: string]: string;
          };
          segment?: string;
          breakdown?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "mrr_series";
              start: number;
              end: number;
              complete_through: number;
              interval: "day" | "week" | "month";
              currency: string | null;
              data: Array<{
                start: number;
                end: number;
                start_mrr: number;
                new_business: number;
                expansion: number;
                contraction: number;
                churn: number;
                reactivation: number;
                end_mrr: number;
                mrr: number;
                arr: number;
                customers_start: number;
                customers_new: number;
                customers_reactivated: number;
                customers_churned: number;
                customers_end: number;
              }>;
              breakdown?: {
                by: string;
                groups: Array<{
                  value: string | null;
                  data: Array<{
                    start: number;
                    end: number;
                    start_mrr: number;
                    new_business: number;
                    expansion: number;
                    contraction: number;
                    churn: number;
                    reactivation: number;
                    end_mrr: number;
                    mrr: number;
                    arr: number;
                    customers_start: number;
                    customers_new: number;
                    customers_reactivated: number;
                    customers_churned: number;
                    customers_end: number;
                  }>;
                }>;
              };
            };
            "text/csv": string;
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/metrics/summary": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          start?: number;
          end?: number;
          plan?: string;
          product?: string;
          country?: string;
          currency?: string;
          attributes?: {
            [key: string]: string;
          };
          segment?: string;
          breakdown?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "metrics_summary";
              start: number;
              end: number;
              complete_through: number;
              currency: string | null;
              mrr: number;
              arr: number;
              customers: number;
              arpa: number | null;
              customer_churn_rate: number | null;
              gross_mrr_churn_rate: number | null;
              net_mrr_churn_rate: number | null;
              net_revenue_retention: number | null;
              gross_revenue_retention: number | null;
              ltv: number | null;
              quick_ratio: number | null;
              movements: {
                new_business: number;
                expansion: number;
                contraction: number;
                churn: number;
                reactivation: number;
              };
              breakdown?: {
                by: string;
                groups: Array<{
                  value: string | null;
                  mrr: number;
                  arr: number;
                  customers: number;
                  arpa: number | null;
                  customer_churn_rate: number | null;
                  gross_mrr_churn_rate: number | null;
                  net_mrr_churn_rate: number | null;
                  net_revenue_retention: number | null;
                  gross_revenue_retention: number | null;
                  ltv: number | null;
                  quick_ratio: number | null;
                  movements: {
                    new_business: number;
                    expansion: number;
                    contraction: number;
                    churn: number;
                    reactivation: number;
                  };
                }>;
              };
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/metrics/trials": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          start?: number;
          end?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "trial_conversion";
              start: number;
              end: number;
              complete_through: number;
              started: number;
              ended: number;
              converted: number;
              canceled: number;
              unpaid: number;
              still_trialing: number;
              conversion_rate: number | null;
              data: Array<{
                object: "trial";
                id: string;
                customer: string;
                trial_start: number;
                trial_end: number | null;
                outcome: "trialing" | "converted" | "canceled" | "unpaid";
                converted_at: number | null;
              }>;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/notice_templates/{template}/{locale}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          template: string;
          locale: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            subject: string;
            body: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["NoticeTemplate"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/operator_invitations/accept": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            token: string;
            password: string;
            name?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["OperatorSession"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/operator_sessions": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            email: string;
            password: string;
            totp_code?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["OperatorSession"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/operator_sessions/current": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "operator_session";
              deleted: true;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/operator_sessions/link": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            token: string;
            totp_code?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["OperatorSession"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/operator_setup": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            token: string;
            email: string;
            password: string;
            name?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["OperatorSession"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/operator_sign_in_links": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            email: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "operator_sign_in_link";
              email: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/operators": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Operator"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            email: string;
            role: "owner" | "admin" | "billing" | "support" | "analyst" | "read_only" | "reseller";
            name?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Operator"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/operators/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Operator"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            role?: "owner" | "admin" | "billing" | "support" | "analyst" | "read_only" | "reseller";
            name?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Operator"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              id?: string;
              object?: "operator";
              deleted?: true;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/operators/me": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Operator"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/operators/me/totp": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["TotpSecret"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Operator"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/operators/me/totp/enable": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            secret: string;
            code: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Operator"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/payment_methods": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          customer?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["PaymentMethod"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customer?: string;
            token?: string;
            type?: "card";
            card?: {
              token: string;
            };
            gateway?: "sandbox" | "stripe";
            set_default?: boolean;
            metadata?: {
              [key: string]: string;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["PaymentMethod"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/payment_methods/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["PaymentMethod"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/payment_methods/{id}/attach": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customer: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["PaymentMethod"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/payment_methods/{id}/detach": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["PaymentMethod"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/payments": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          customer?: string;
          invoice?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Payment"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/payments/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Payment"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/personas": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            features: Array<"viewing_minutes_7d" | "viewing_minutes_30d" | "viewing_minutes_90d" | "active_days_7d" | "active_days_30d" | "active_days_90d" | "customer_age_days" | "mrr" | "payment_failures_90d">;
            k?: number;
            seed?: number;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Personas"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/prices": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          expand?: Array<"data.product">;
          product?: string;
          active?: boolean;
          currency?: string;
          type?: "one_time" | "recurring";
          lookup_keys?: Array<string>;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Price"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: {
          expand?: Array<"product">;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": unknown;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Price"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/prices/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          expand?: Array<"product">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Price"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: {
          expand?: Array<"product">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            billing_scheme?: "per_unit" | "tiered" | "package";
            unit_amount?: number;
            unit_amount_decimal?: string;
            tiers_mode?: "graduated" | "volume";
            tiers?: Array<{
              up_to: number | "inf";
              unit_amount?: number;
              unit_amount_decimal?: string;
              flat_amount?: number;
              flat_amount_decimal?: string;
            }>;
            package?: {
              package_size: number;
              amount: number;
              free_units?: number;
            };
            nickname?: string | null;
            active?: boolean;
            lookup_key?: string | null;
            transfer_lookup_key?: boolean;
            tax_behavior?: "inclusive" | "exclusive" | "unspecified";
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Price"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/products": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          active?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Product"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            description?: string | null;
            active?: boolean;
            entitlements?: {
              bouquets?: Array<string>;
              max_connections?: number;
              extra_connections?: number;
              max_devices?: number;
              extra_devices?: number;
              output_formats?: Array<"m3u8" | "ts" | "rtmp">;
              catchup?: boolean;
              quality?: "sd" | "hd" | "fhd" | "uhd";
              priority_support?: boolean;
            } | null;
            metadata?: {
              [key: string]: string | null;
            };
            id?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Product"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/products/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Product"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            description?: string | null;
            active?: boolean;
            entitlements?: {
              bouquets?: Array<string>;
              max_connections?: number;
              extra_connections?: number;
              max_devices?: number;
              extra_devices?: number;
              output_formats?: Array<"m3u8" | "ts" | "rtmp">;
              catchup?: boolean;
              quality?: "sd" | "hd" | "fhd" | "uhd";
              priority_support?: boolean;
            } | null;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Product"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              id?: string;
              object?: "product";
              deleted?: true;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/promotion_codes": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          expand?: Array<"data.coupon" | "data.customer">;
          code?: string;
          coupon?: string;
          customer?: string;
          active?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["PromotionCode"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: {
          expand?: Array<"coupon" | "customer">;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            coupon: string;
            code?: string;
            customer?: string;
            active?: boolean;
            expires_at?: number;
            max_redemptions?: number;
            restrictions?: {
              first_time_transaction?: boolean;
              minimum_amount?: number;
              minimum_amount_currency?: string;
            };
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["PromotionCode"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/promotion_codes/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          expand?: Array<"coupon" | "customer">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["PromotionCode"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: {
          expand?: Array<"coupon" | "customer">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            active?: boolean;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["PromotionCode"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/refunds": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          payment?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Refund"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            payment: string;
            amount?: number;
            reason?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Refund"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/refunds/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Refund"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/retention_metrics": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          created?: {
            gt?: number;
            gte?: number;
            lt?: number;
            lte?: number;
          };
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["RetentionMetrics"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/retention_offers": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          active?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["RetentionOffer"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            kind: "coupon" | "pause" | "downgrade" | "extension";
            coupon?: string;
            months?: number;
            price?: string;
            reasons?: Array<string>;
            prices?: Array<string>;
            experiment?: string;
            variant?: string;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["RetentionOffer"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/retention_offers/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["RetentionOffer"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            active?: boolean;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["RetentionOffer"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/retention_settings": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["RetentionSettings"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            custom_reasons?: Array<string>;
            offer_window_days?: number;
            exit_survey?: string | null;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["RetentionSettings"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/rfm": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          source?: "payments" | "engagement";
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["RfmReport"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/segments": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            rule: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Segment"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/segments/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Segment"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/segments/{id}/members": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          format?: "json" | "csv";
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["SegmentMember"]>;
              has_more: boolean;
              url: string;
            };
            "text/csv": string;
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/segments/preview": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            rule: {
              [key: string]: unknown;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["SegmentPreview"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/series": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Series"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            category?: string | null;
            cover?: string | null;
            rating?: string | null;
            info?: {
              [key: string]: unknown;
            };
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Series"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/series/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Series"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/stream_categories": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          kind?: "live" | "movie" | "series";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["StreamCategory"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            kind: "live" | "movie" | "series";
            name: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["StreamCategory"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/stream_categories/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["StreamCategory"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/streams": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          kind?: "live" | "movie" | "episode";
          category?: string;
          series?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Stream"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            kind: "live" | "movie" | "episode";
            name: string;
            origin_url: string;
            category?: string | null;
            icon?: string | null;
            epg_channel_id?: string | null;
            archive_days?: number;
            container_extension?: string | null;
            series?: string | null;
            season?: number | null;
            episode_num?: number | null;
            rating?: string | null;
            info?: {
              [key: string]: unknown;
            };
            position?: number;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Stream"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/streams/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Stream"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              id?: string;
              object?: "stream";
              deleted?: true;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/streams/import_playlist": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            playlist: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object?: string;
              created?: number;
              updated?: number;
              skipped?: number;
              categories_created?: number;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/subscription_items/{id}/usage_records": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            quantity: number;
            timestamp?: number;
            identifier?: string;
            value_key?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["UsageRecordBatch"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/subscription_schedules": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["SubscriptionSchedule"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customer: string;
            phases: Array<{
              items: Array<{
                price: string;
                quantity?: number;
              }>;
              iterations?: number;
            }>;
            end_behavior?: "release" | "cancel";
            metadata?: {
              [key: string]: string;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["SubscriptionSchedule"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/subscription_schedules/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["SubscriptionSchedule"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/subscription_schedules/{id}/release": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["SubscriptionSchedule"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/subscriptions": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          expand?: Array<"data.customer" | "data.latest_invoice">;
          customer?: string;
          status?: "trialing" | "active" | "past_due" | "paused" | "canceled" | "incomplete" | "incomplete_expired" | "unpaid" | "all";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Subscription"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: {
          expand?: Array<"customer" | "latest_invoice">;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customer: string;
            items: Array<{
              price: string;
              quantity?: number;
              metadata?: {
                [key: string]: string | null;
              };
              tax_rates?: Array<string>;
            }>;
            trial_period_days?: number;
            trial_end?: number;
            billing_cycle_anchor?: number;
            proration_behavior?: "create_prorations" | "none";
            cancel_at?: number;
            cancel_at_period_end?: boolean;
            collection_method?: "charge_automatically" | "send_invoice";
            days_until_due?: number;
            default_tax_rates?: Array<string>;
            coupon?: string;
            promotion_code?: string;
            trial_settings?: {
              end_behavior: {
                missing_payment_method: "create_invoice" | "cancel" | "pause";
              };
            };
            previous_subscription?: string;
            payment_behavior?: "allow_incomplete" | "error_if_incomplete" | "default_incomplete";
            default_payment_method?: string;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Subscription"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/subscriptions/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          expand?: Array<"customer" | "latest_invoice">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Subscription"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: {
          expand?: Array<"customer" | "latest_invoice">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            items?: Array<{
              id?: string;
              price?: string;
              quantity?: number;
              deleted?: boolean;
              metadata?: {
                [key: string]: string | null;
              };
            }>;
            proration_behavior?: "create_prorations" | "always_invoice" | "none";
            proration_date?: number;
            change_at?: "now" | "period_end";
            cancel_at_period_end?: boolean;
            cancel_at?: number | null;
            cancellation_details?: {
              reason?: string | null;
              comment?: string | null;
              feedback?: "too_expensive" | "missing_features" | "switched_service" | "unused" | "customer_service" | "too_complex" | "low_quality" | "other";
            };
            pause_collection?: {
              behavior: "void" | "keep_as_draft" | "mark_uncollectible";
              resumes_at?: number | null;
            } | null;
            default_tax_rates?: Array<string>;
            coupon?: string;
            promotion_code?: string;
            trial_end?: number | "now";
            default_payment_method?: string;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Subscription"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete: {
      parameters: {
        query?: {
          expand?: Array<"customer" | "latest_invoice">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Subscription"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/subscriptions/{id}/cancel": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          expand?: Array<"customer" | "latest_invoice">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            invoice_now?: boolean;
            prorate?: boolean;
            cancellation_details?: {
              reason?: string | null;
              comment?: string | null;
              feedback?: "too_expensive" | "missing_features" | "switched_service" | "unused" | "customer_service" | "too_complex" | "low_quality" | "other";
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Subscription"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/subscriptions/{id}/pause": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          expand?: Array<"customer" | "latest_invoice">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            resumes_at?: number;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Subscription"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/subscriptions/{id}/resume": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: {
          expand?: Array<"customer" | "latest_invoice">;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Subscription"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/subscriptions/search": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query: {
          query: string;
          limit?: number;
          page?: string;
          expand?: Array<"data.customer" | "data.latest_invoice">;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "search_result";
              data: Array<components['schemas']["Subscription"]>;
              has_more: boolean;
              next_page: string | null;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/support_settings": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["SupportSettings"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            priority_rules?: Array<{
              name: string;
              priority: "urgent" | "high" | "normal" | "low";
              conditions: {
                entitlement?: string;
                prices?: Array<string>;
                products?: Array<string>;
                segment?: string;
                mrr_gte?: number;
                churn_risk?: Array<"high" | "medium" | "low">;
              };
            }>;
            targets?: {
              urgent?: {
                first_response_minutes?: number;
                resolution_minutes?: number;
              };
              high?: {
                first_response_minutes?: number;
                resolution_minutes?: number;
              };
              normal?: {
                first_response_minutes?: number;
                resolution_minutes?: number;
              };
              low?: {
                first_response_minutes?: number;
                resolution_minutes?: number;
              };
            };
            reply_domain?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["SupportSettings"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/support_tickets": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          status?: "open" | "pending" | "solved";
          priority?: "urgent" | "high" | "normal" | "low";
          customer?: string;
          assignee?: string;
          expand?: Array<"data.customer">;
          sort?: "queue" | "created";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["SupportTicket"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customer: string;
            subject: string;
            message?: string;
            priority?: "urgent" | "high" | "normal" | "low";
            assignee?: string;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["SupportTicket"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/support_tickets/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["SupportTicket"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            status?: "open" | "pending" | "solved";
            priority?: "urgent" | "high" | "normal" | "low";
            assignee?: string | null;
            subject?: string;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["SupportTicket"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/support_tickets/{id}/messages": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["SupportTicketMessage"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            author: "customer" | "operator";
            body: string;
            internal?: boolean;
            author_name?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["SupportTicketMessage"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/survey_requests": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          survey?: string;
          customer?: string;
          answered?: boolean;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["SurveyRequest"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/surveys": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          kind?: "nps" | "csat" | "choice";
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["Survey"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            kind: "nps" | "csat" | "choice";
            question?: {
              [key: string]: string;
            };
            options?: Array<{
              value: string;
              label: {
                [key: string]: string;
              };
            }>;
            attribute?: string;
            throttle_days?: number;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Survey"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/surveys/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["Survey"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/surveys/{id}/nps": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          from?: string;
          to?: string;
          price?: string;
          segment?: string;
          window_days?: number;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["NpsReport"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/surveys/{id}/send": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            customers?: Array<string>;
            segment?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["SurveySend"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/tax_rates": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          active?: boolean;
          inclusive?: boolean;
          country?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["TaxRate"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            display_name: string;
            description?: string | null;
            country?: string | null;
            region?: string | null;
            jurisdiction?: string | null;
            tax_type?: "vat" | "gst" | "sales_tax" | "iss" | "icms" | "other";
            active?: boolean;
            metadata?: {
              [key: string]: string | null;
            };
            percentage: number;
            inclusive: boolean;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["TaxRate"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/tax_rates/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["TaxRate"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            display_name?: string;
            description?: string | null;
            country?: string | null;
            region?: string | null;
            jurisdiction?: string | null;
            tax_type?: "vat" | "gst" | "sales_tax" | "iss" | "icms" | "other";
            active?: boolean;
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["TaxRate"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/test_clocks": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["TestClock"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            frozen_time: number;
            name?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["TestClock"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/test_clocks/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["TestClock"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              id?: string;
              object?: "test_helpers.test_clock";
              deleted?: true;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/test_clocks/{id}/advance": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            frozen_time: number;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["TestClock"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/test_helpers/test_clocks": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["TestClock"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            frozen_time: number;
            name?: string;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["TestClock"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/test_helpers/test_clocks/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["TestClock"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              id?: string;
              object?: "test_helpers.test_clock";
              deleted?: true;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/test_helpers/test_clocks/{id}/advance": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            frozen_time: number;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["TestClock"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/usage_records": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            records: Array<{
              subscription_item: string;
              quantity: number;
              timestamp?: number;
              identifier?: string;
              value_key?: string;
            }>;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["UsageRecordBatch"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/webhook_endpoints": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["WebhookEndpoint"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            url: string;
            enabled_events: Array<string>;
            description?: string | null;
            disabled?: boolean;
            signature_scheme?: "standard_webhooks" | "stripe";
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["WebhookEndpoint"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/webhook_endpoints/{id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["WebhookEndpoint"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            url?: string;
            enabled_events?: Array<string>;
            description?: string | null;
            disabled?: boolean;
            signature_scheme?: "standard_webhooks" | "stripe";
            metadata?: {
              [key: string]: string | null;
            };
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["WebhookEndpoint"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              id?: string;
              object?: "webhook_endpoint";
              deleted?: true;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    patch?: never;
  };
  "/v1/webhook_endpoints/{id}/deliveries": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: {
          limit?: number;
          starting_after?: string;
          ending_before?: string;
          status?: "pending" | "succeeded" | "failed";
          event?: string;
        };
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": {
              object: "list";
              data: Array<components['schemas']["WebhookDelivery"]>;
              has_more: boolean;
              url: string;
            };
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/webhook_endpoints/{id}/deliveries/{delivery_id}": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          delivery_id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["WebhookDelivery"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    patch?: never;
  };
  "/v1/webhook_endpoints/{id}/deliveries/{delivery_id}/retry": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
          delivery_id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": Record<string, never>;
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["WebhookDelivery"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
  "/v1/webhook_endpoints/{id}/rotate_secret": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never;
    put?: never;
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          "application/json": {
            expires_in_seconds?: number;
          };
        };
      };
      responses: {
        200: {
          headers: { [name: string]: unknown };
          content: {
            "application/json": components['schemas']["WebhookEndpoint"];
          };
        };
        "4XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
        "5XX": {
          headers: { [name: string]: unknown };
          content: {
            "application/problem+json": components['schemas']["Problem"];
          };
        };
      };
    };
    delete?: never;
    patch?: never;
  };
}
