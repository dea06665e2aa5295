"""How training reports progress: a plain listener interface and its records.

Kept apart from ``core.training`` so that code which only watches training
(the job registry, the pages) does not have to import TensorFlow.
"""

from dataclasses import dataclass

from core.config import TrainConfig


class TrainingCancelled(Exception):
    """The run was stopped on request; nothing of it is kept."""


@dataclass
class BatchProgress:
    """State after one training batch; ``loss`` and ``accuracy`` are running."""

    epoch: int  # 1-based
    epochs: int
    batch: int  # 1-based, within the epoch
    batches: int  # per epoch
    loss: float
    accuracy: float
    samples_per_second: float
    grad_norm: float  # global norm of all gradients, before clipping
    elapsed: float  # seconds since training started
    remaining: float  # estimated seconds left (training batches only)

    @property
    def fraction(self) -> float:
        """Share of all training batches done, from 0 to 1."""
        done = (self.epoch - 1) * self.batches + self.batch
        return done / (self.epochs * self.batches)


@dataclass
class EpochProgress:
    """Train (running, as Keras reports it) and validation metrics of one epoch."""

    epoch: int
    epochs: int
    loss: float
    accuracy: float
    val_loss: float
    val_accuracy: float
    seconds: float


class TrainingListener:
    """Receives progress; override what you need. Called on the training thread."""

    def on_start(self, config: TrainConfig, batches_per_epoch: int) -> None:
        pass

    def on_batch(self, progress: BatchProgress) -> None:
        pass

    def on_epoch(self, progress: EpochProgress) -> None:
        pass
