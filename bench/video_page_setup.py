"""Set-up time of a video call from the citizen page: the citizen clicks "Video call" →
the agent sees the citizen's picture (and the citizen the agent's).

    .venv/bin/python bench/video_page_setup.py [--calls 20]

Everything real but the agent's hand: the citizen page (resources/web) in headless
Chromium with a fake camera and microphone, the routing server in this process (the
demo's data), and a clerk whose app has the media: a staff websocket client that accepts
the offer the moment it comes (no human reaction time: add the agent's own seconds to
these figures) and answers with the agent app's ``RtcSession``. One clock (this
process's monotonic one) for every step:

- click → offered: the page asks for the devices, sends ``chat.start``, the server routes
  it and the clerk gets ``offer.created``;
- offered → page's offer: the clerk accepts, the page hears ``chat.agent_joined`` and
  makes its offer with every ICE candidate gathered;
- page's offer → agent's first frame: the answer, ICE, DTLS, the first key frame;
- click → the page's first frame of the agent.

Stops the browser and the server however it ends (an error, Ctrl+C).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared import protocol as p  # noqa: E402
from tests.support.video_peer import media_browser  # noqa: E402
from tests.support.web_call import CallAgent, call_server  # noqa: E402

CITIZEN_COLOUR, AGENT_COLOUR = (200, 30, 30), (30, 60, 200)


async def one_call(browser, server_url: str, page_url: str, clerk: CallAgent) -> dict:
    context = await browser.new_context(locale="en-US")
    try:
        page = await context.new_page()
        await page.goto(page_url)
        await page.locator("body[data-view='start']").wait_for(state="attached")
        await page.get_by_role("radio", name="Waste collection").check()
        await page.get_by_label("Your question").fill("When is the green bin collected?")
        await available_now(clerk)
        clicked = time.monotonic()
        await page.get_by_role("button", name="Video call", exact=True).click()
        offer = await clerk.rec.next(p.OfferCreated, timeout=15)
        offered = time.monotonic()
        clerk.iid = offer.interaction.id
        await clerk.request(p.AcceptOffer(id=0, interaction_id=clerk.iid))
        answering = asyncio.ensure_future(clerk.answer(timeout=15))
        page_first = asyncio.ensure_future(
            page.wait_for_function(
                "() => { const v = document.getElementById('remote-video');"
                " return v && v.readyState >= 2 && v.videoWidth > 0; }",
                timeout=15_000,
                polling=10,
            )
        )
        await answering
        page_offered = time.monotonic()  # the page's offer reached the clerk (just before)
        session = clerk.session
        while session.first_video_frame_at is None:
            await asyncio.sleep(0.005)
        agent_first = session.first_video_frame_at  # the loop's clock: monotonic
        await page_first
        page_sees = time.monotonic()
        await clerk.hang_up()
        await clerk.request(p.CloseInteraction(id=0, interaction_id=clerk.iid))
        await clerk.rec.next(p.InteractionClosed, timeout=10)
        await clerk.request(p.SubmitWrapup(id=0, interaction_id=clerk.iid, topic="Other"))
        return {
            "click → offered": offered - clicked,
            "offered → the page's offer answered": page_offered - offered,
            "answer → agent's first frame": agent_first - page_offered,
            "click → agent sees the citizen": agent_first - clicked,
            "click → the citizen sees the agent": page_sees - clicked,
        }
    finally:
        await context.close()


async def available_now(clerk: CallAgent) -> None:
    await clerk.request(p.SetPresence(id=0, state="available"))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def main(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory(prefix="cc-video-setup-") as tmp:
        async with call_server(Path(tmp) / "cc-data", video_grace=5.0) as server:
            url = f"ws://127.0.0.1:{server.port}/ws"
            page_url = f"http://127.0.0.1:{server.port}/"
            async with media_browser(Path(tmp), CITIZEN_COLOUR, 440.0) as browser:
                async with CallAgent(url, "anna", AGENT_COLOUR, 880.0) as clerk:
                    runs = []
                    for i in range(args.calls):
                        runs.append(await one_call(browser, url, page_url, clerk))
                        print(f"call {i + 1}: {runs[-1]['click → agent sees the citizen']:.3f} s")
    print(f"\n{args.calls} calls, one after the other (ms):")
    print(f"{'step':42} {'p50':>6} {'p99':>6} {'max':>6}")
    for step in runs[0]:
        values = [r[step] * 1000 for r in runs]
        print(
            f"{step:42} {statistics.median(values):6.0f} {percentile(values, 0.99):6.0f}"
            f" {max(values):6.0f}"
        )
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20)
    try:
        sys.exit(asyncio.run(main(parser.parse_args())))
    except KeyboardInterrupt:
        sys.exit(130)
