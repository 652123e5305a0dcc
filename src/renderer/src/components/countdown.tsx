import { motion } from 'motion/react';

/** "Returning to the start in 10 s": a touch anywhere cancels it (main handles the input). */
export function Countdown({ text }: { text: string }) {
  return (
    <motion.div
      className="countdown"
      role="alert"
      data-testid="countdown"
      initial={{ opacity: 0, y: 20 }}
      animate={{ opacity: 1, y: 0 }}
      exit={{ opacity: 0 }}
    >
      {text}
    </motion.div>
  );
}
