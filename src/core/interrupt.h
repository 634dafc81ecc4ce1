/*
 * interrupt.h
 *		Lets the server cancel long loops of the core.
 *
 * The core has no PostgreSQL headers; the glue sets pt_interrupt_hook to a
 * function that runs CHECK_FOR_INTERRUPTS().  Core loops over input of
 * unbounded length call PT_CHECK_INTERRUPTS every so many steps.  The hook
 * may not return (the server's error handling jumps out), so a core loop
 * that calls it must hold no resources of its own.
 */
#ifndef PT_INTERRUPT_H
#define PT_INTERRUPT_H

extern void (*pt_interrupt_hook) (void);

/* steps between two calls of the hook; a power of two */
#define PT_INTERRUPT_INTERVAL	65536

#define PT_CHECK_INTERRUPTS(counter) \
	do { \
		if ((++(counter) & (PT_INTERRUPT_INTERVAL - 1)) == 0 && pt_interrupt_hook) \
			pt_interrupt_hook(); \
	} while (0)

#endif							/* PT_INTERRUPT_H */
