"""Counter mode for in-store staff (issue 7): the walk-in form, the take-a-number queue, the customer display."""

from ui.counter.counter_view import CounterView
from ui.counter.queue_panel import QueueDisplay

__all__ = ["CounterView", "QueueDisplay"]
