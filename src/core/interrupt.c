/*
 * interrupt.c
 *		The hook through which core loops let the server cancel them.
 */
#include <stddef.h>

#include "interrupt.h"

void		(*pt_interrupt_hook) (void) = NULL;
