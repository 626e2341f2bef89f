// A React 19 component using all four tags with the shipped JSX types: one type import, no
// hand-written declarations. Properties and events carry the kit's own types.
import type {} from 'spa-widgets/react';
import type { AssessmentCompleteDetail, FaqItem, SpaErrorDetail } from 'spa-widgets';

const items: FaqItem[] = [{ id: 'safe', question: 'Is it safe?', answer: 'Yes.' }];

export function SpaPage({ onResult }: { onResult: (detail: AssessmentCompleteDetail) => void }) {
  const report = (event: CustomEvent<SpaErrorDetail>) => console.warn(event.detail.path, event.detail.message);
  return (
    <main>
      <spa-booking-button
        href="https://example.com/book"
        mode="popup"
        provider="calendly"
        utm-source="blog"
        onspa-booking-button-click={(event) => {
          if (event.detail.mode === 'popup') event.preventDefault();
          console.log(event.detail.href, event.target.href);
        }}
        onspa-error={report}
      />
      <spa-faq
        items={items}
        search
        heading-level={2}
        onspa-faq-toggle={(event) => console.log(event.detail.id, event.detail.open)}
      />
      <spa-technique-cards layout="table" booking-href="https://example.com/book" follow-assessment />
      <spa-technique-cards
        selectable
        onspa-technique-cards-select={(event) => console.log(event.detail.technique)}
      />
      <spa-pain-check
        compact
        booking-href="https://example.com/book"
        onspa-assessment-complete={(event) => onResult(event.detail)}
      />
    </main>
  );
}

export function Misuse() {
  return (
    <>
      {/* @ts-expect-error -- items is FaqItem[], not a number */}
      <spa-faq items={42} />
      {/* @ts-expect-error -- mode is link, new-tab or popup */}
      <spa-booking-button mode="modal" />
      {/* @ts-expect-error -- layout is cards or table */}
      <spa-technique-cards layout="grid" />
      {/* @ts-expect-error -- heading-level is a number */}
      <spa-pain-check heading-level="two" />
      {/* @ts-expect-error -- no such attribute or property */}
      <spa-faq colour="red" />
      <spa-faq
        // @ts-expect-error -- the toggle detail has id, question and open only
        onspa-faq-toggle={(event) => console.log(event.detail.answer)}
      />
      {/* @ts-expect-error -- the handler gets the assessment detail, not a FaqItem */}
      <spa-pain-check onspa-assessment-complete={(event: CustomEvent<FaqItem>) => console.log(event)} />
    </>
  );
}
