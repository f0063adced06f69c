"""What the centre serves: topics (first-line queues), the departments behind them
(second-line queues) and which queues each person takes.

First line: a topic's queue is its id; agents take the topics they have skills for.
Second line: every department named on a topic has a queue (``dept:<name>``) for
consultations and transfers; experts take their departments' queues (an expert is in a
department when they have a skill for one of its topics), at their best level there.
Everyone who takes conversations also has a personal queue (``user:<name>``): a
consultation asked of them by name waits there.
"""

from __future__ import annotations

from shared import protocol as p
from shared.contracts import (
    DEPARTMENT_QUEUE_PREFIX,
    PERSON_QUEUE_PREFIX,
    department_queue,
    person_queue,
)

# The one queue of a centre with no topics configured (everyone routable serves it).
GENERAL_TOPIC = p.Topic(id="general", name="General enquiries")


class Catalogue:
    def __init__(self, *, experts_take_first_line: bool = False) -> None:
        self.topics: dict[str, p.Topic] = {}
        self.experts_take_first_line = experts_take_first_line
        self.general_only = False

    def load(self, topics: list[p.Topic]) -> None:
        self.topics = {t.id: t for t in topics}
        self.general_only = not self.topics
        if self.general_only:
            self.topics[GENERAL_TOPIC.id] = GENERAL_TOPIC

    # ------------------------------------------------------------------ departments

    def departments(self) -> dict[str, list[str]]:
        """Department name -> its topic ids, in topic order."""
        out: dict[str, list[str]] = {}
        for topic in self.topics.values():
            if topic.department:
                out.setdefault(topic.department, []).append(topic.id)
        return out

    def departments_of(self, skills: dict[str, int]) -> list[str]:
        return sorted(
            {
                self.topics[t].department
                for t, level in skills.items()
                if level >= 1 and t in self.topics and self.topics[t].department
            }
        )

    def department_of_topic(self, topic: str) -> str:
        found = self.topics.get(topic)
        return found.department if found else ""

    # ------------------------------------------------------------------ queues

    def queue_for_department(self, department: str) -> str | None:
        return department_queue(department) if department in self.departments() else None

    def is_queue(self, queue: str) -> bool:
        if queue.startswith(DEPARTMENT_QUEUE_PREFIX):
            return queue.removeprefix(DEPARTMENT_QUEUE_PREFIX) in self.departments()
        return queue in self.topics or queue.startswith(PERSON_QUEUE_PREFIX)

    def queue_name(self, queue: str) -> str:
        if queue.startswith(DEPARTMENT_QUEUE_PREFIX):
            return queue.removeprefix(DEPARTMENT_QUEUE_PREFIX) + " (second line)"
        topic = self.topics.get(queue)
        return topic.name if topic else queue

    def wallboard_queues(self) -> list[str]:
        """The queues supervisors watch: every topic, then every department's."""
        return [*self.topics, *(department_queue(d) for d in self.departments())]

    def routing_skills(self, role: str, username: str, skills: dict[str, int]) -> dict[str, int]:
        """The engine's skills (queue -> level) of a person who takes conversations."""
        out: dict[str, int] = {}
        if role == "agent" or self.experts_take_first_line:
            out.update(skills)
        if self.general_only:
            out.setdefault(GENERAL_TOPIC.id, 1)
        if role == "expert":
            for topic, level in skills.items():
                department = self.department_of_topic(topic)
                if department and level >= 1:
                    queue = department_queue(department)
                    out[queue] = max(out.get(queue, 0), level)
        out[person_queue(username)] = 1
        return out
