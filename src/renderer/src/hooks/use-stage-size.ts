import { useEffect, useState } from 'react';

export interface StageSize {
  width: number;
  height: number;
  orientation: 'landscape' | 'portrait';
  /** 1% of the short side in px: every size in the slides is a multiple of it. */
  unit: number;
}

function measure(): StageSize {
  const width = window.innerWidth;
  const height = window.innerHeight;
  return { width, height, orientation: width >= height ? 'landscape' : 'portrait', unit: Math.min(width, height) / 100 };
}

/** The window's shape: a 16:9 screen gets the landscape layout, a 9:16 totem the portrait one. */
export function useStageSize(): StageSize {
  const [size, setSize] = useState(measure);
  useEffect(() => {
    const onResize = () => setSize(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}
