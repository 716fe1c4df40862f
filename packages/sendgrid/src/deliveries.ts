import type { Deliveries, Delivery } from '@authmail/core';
import { assertDynamicTemplateId } from './request.js';
import type { SendGridTemplate } from './templates.js';

/** Logto's SendGrid templates as authmail deliveries; the first template of a usage type wins. */
export function deliveriesFromTemplates(templates: SendGridTemplate[]): Deliveries {
  const deliveries: Deliveries = {};
  for (const [index, template] of templates.entries()) {
    if (deliveries[template.usageType]) continue;
    deliveries[template.usageType] = deliveryFromTemplate(
      template,
      `templates.${index}.templateId`,
    );
  }
  return deliveries;
}

/**
 * One template as a delivery: a dynamic template (`templateId`, which must
 * start with `d-`), or its own HTML or plain-text `content`.
 *
 * @throws AuthmailError `invalid_config` naming `templateIdField` when the id
 * is not a dynamic template id.
 */
export function deliveryFromTemplate(
  template: SendGridTemplate,
  templateIdField = 'templateId',
): Delivery {
  const replyTo = template.replyTo === undefined ? {} : { replyTo: template.replyTo };
  if (template.templateId !== undefined) {
    assertDynamicTemplateId(template.templateId, templateIdField);
    return { template: template.templateId, subject: template.subject, ...replyTo };
  }
  if (template.type === 'text/html')
    return { subject: template.subject, html: template.content, ...replyTo };
  return {
    subject: template.subject,
    text: template.content,
    contentType: 'text/plain',
    ...replyTo,
  };
}
