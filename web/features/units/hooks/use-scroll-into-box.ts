import { useEffect, useRef, type DependencyList, type RefObject } from 'react';

/**
 * Brings the element `[data-unit-id=id]` into sight inside its own scroll box, once it is drawn (the page does not
 * move), each time a new id is selected. `redrawn` lists what re-lays the box out (items, open branches).
 */
export function useScrollIntoBox(box: RefObject<HTMLElement | null>, id: string | undefined, enabled: boolean, redrawn: DependencyList) {
  const scrolledTo = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!id || !enabled || scrolledTo.current === id) return;
    // Measure after the tree's expand animation has laid the branch out; a later render restarts the wait.
    const h = setTimeout(() => {
      const el = box.current?.querySelector(`[data-unit-id="${id}"]`);
      if (!box.current || !el) return;
      scrolledTo.current = id;
      const b = box.current.getBoundingClientRect();
      const e = el.getBoundingClientRect();
      if (e.top < b.top || e.bottom > b.bottom) box.current.scrollTop += e.top - b.top - b.height / 3;
    }, 350);
    return () => clearTimeout(h);
  }, [id, enabled, box, ...redrawn]);
}
