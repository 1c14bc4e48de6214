import type { Question, QuestionText, Response } from '../../core/content/types.ts';
import type { MapPort } from '../../ports/map.ts';

/** What an answer widget gets from the round screen. */
export interface AnswerContext<Q extends Question = Question> {
  question: Q;
  text: QuestionText;
  place(id: string): string;
  /** The player's answer, as an intent; the core decides whether it is right. */
  submit(r: Response): void;
  map: MapPort;
}

/** A question type's answer area: real DOM controls, driven by mouse, touch and keyboard alike. */
export interface AnswerWidget {
  el: HTMLElement;
  /** Focus the first control when the question appears. */
  focus(): void;
  /** A key pressed anywhere on the round screen; true when the widget used it. */
  key(ev: KeyboardEvent): boolean;
  /** After the answer (or the time-out): lock the controls and show what was right and what the player gave. */
  reveal(correct: Response, given: Response | null): void;
  /** Called when the widget leaves the screen. */
  dispose?(): void;
}
