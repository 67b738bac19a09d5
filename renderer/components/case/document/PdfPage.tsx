import { useEffect, useRef, useState } from 'react';
import type { TextMatch } from './find-matches';
import type { PDFDocumentProxy, TextLayer } from './pdf-engine';

interface PdfPageProps {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  scale: number;
  /** The search's matches on this page, and the one the reader is on. */
  matches: readonly TextMatch[];
  current: TextMatch | null;
  onRendered: () => void;
}

/**
 * One page: the picture on a canvas, and over it the page's text, invisible but selectable
 * and read by screen readers, where found text is marked.
 */
export function PdfPage({ pdf, pageNumber, scale, matches, current, onRendered }: PdfPageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  // The text layer's runs, for the page and zoom they were drawn at.
  const [drawn, setDrawn] = useState<{ key: string; divs: HTMLElement[] } | null>(null);
  const drawing = `${pageNumber}|${scale}`;
  const textDivs = drawn?.key === drawing ? drawn.divs : null;
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let textLayer: TextLayer | null = null;
    const cancelRender: { current: (() => void) | null } = { current: null };
    void (async () => {
      // The engine is loaded with the first document opened, not with the app.
      const engine = await import('./pdf-engine');
      const page = await pdf.getPage(pageNumber);
      const canvas = canvasRef.current;
      const container = textRef.current;
      if (cancelled || !canvas || !container) return;
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      setSize({ width: viewport.width, height: viewport.height });
      const task = page.render({
        canvas,
        viewport,
        transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
      });
      cancelRender.current = () => task.cancel();
      container.replaceChildren();
      textLayer = new engine.TextLayer({
        textContentSource: page.streamTextContent(),
        container,
        viewport,
      });
      try {
        await Promise.all([task.promise, textLayer.render()]);
      } catch {
        // Cancelled by a newer page or zoom.
        return;
      }
      if (cancelled) return;
      setDrawn({ key: `${pageNumber}|${scale}`, divs: textLayer.textDivs });
      onRendered();
    })();
    return () => {
      cancelled = true;
      cancelRender.current?.();
      textLayer?.cancel();
    };
    // onRendered is a notification; a new function must not render the page again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pdf, pageNumber, scale]);

  useEffect(() => {
    if (!textDivs) return;
    const originals = textDivs.map((div) => div.textContent ?? '');
    const byItem = new Map<number, TextMatch[]>();
    for (const match of matches) byItem.set(match.item, [...(byItem.get(match.item) ?? []), match]);
    let currentMark: HTMLElement | null = null;
    for (const [item, found] of byItem) {
      const div = textDivs[item];
      const text = originals[item];
      if (!div || text === undefined) continue;
      const parts: Node[] = [];
      let at = 0;
      for (const match of found) {
        parts.push(document.createTextNode(text.slice(at, match.start)));
        const mark = document.createElement('mark');
        mark.className = 'find-match';
        mark.textContent = text.slice(match.start, match.end);
        if (match === current) {
          mark.classList.add('find-current');
          currentMark = mark;
        }
        parts.push(mark);
        at = match.end;
      }
      parts.push(document.createTextNode(text.slice(at)));
      div.replaceChildren(...parts);
    }
    currentMark?.scrollIntoView({ block: 'center', inline: 'nearest' });
    return () => {
      for (const item of byItem.keys()) {
        const div = textDivs[item];
        if (div) div.textContent = originals[item] ?? '';
      }
    };
  }, [textDivs, matches, current]);

  return (
    <div
      className="pdf-page"
      style={{
        width: size ? `${size.width}px` : undefined,
        height: size ? `${size.height}px` : undefined,
        ['--total-scale-factor' as string]: String(scale),
      }}
    >
      <canvas ref={canvasRef} aria-hidden="true" />
      <div ref={textRef} className="textLayer" />
    </div>
  );
}
