// Keeps the live sections current and sends the controls to the JSON control API (/_sandbox/api).
const seen = {};
async function refresh() {
  try {
    const response = await fetch("/_sandbox/live", { cache: "no-store" });
    const sections = await response.json();
    for (const element of document.querySelectorAll("[data-live]")) {
      const html = sections[element.dataset.live];
      if (html !== undefined && html !== seen[element.dataset.live]) {
        const open = [...element.querySelectorAll("details[open]")].map((d) => d.closest("tbody")?.dataset.key);
        element.innerHTML = html;
        seen[element.dataset.live] = html;
        for (const d of element.querySelectorAll("details")) {
          if (open.includes(d.closest("tbody")?.dataset.key)) d.open = true;
        }
      }
    }
    document.body.dataset.connected = "yes";
  } catch (error) {
    document.body.dataset.connected = "no";
  }
}

function flash(text, ok) {
  const element = document.getElementById("flash");
  element.textContent = text;
  element.className = ok ? "ok" : "error";
  clearTimeout(flash.timer);
  flash.timer = setTimeout(() => { element.textContent = ""; }, 6000);
}

function describe(answer) {
  if (answer.event_type && answer.change) {
    const change = Object.entries(answer.change).map(([k, v]) => `${k}=${v}`).join(", ");
    const sent = answer.deliveries.length ? `${answer.deliveries.length} delivery queued` : "no address subscribed, nothing delivered";
    return `${answer.event_type}: ${change} (${sent})`;
  }
  if (answer.offset !== undefined) return `sandbox clock offset: ${answer.offset} s`;
  return "done";
}

async function call(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    body: method === "GET" ? undefined : JSON.stringify(body || {}),
  });
  const answer = await response.json().catch(() => ({}));
  flash(response.ok ? describe(answer) : (answer.error?.message || `HTTP ${response.status}`), response.ok);
  await refresh();
}

document.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-api]");
  if (!form) return;
  event.preventDefault();
  const [method, url] = form.dataset.api.split(" ");
  const body = {};
  for (const [key, value] of new FormData(form)) if (value !== "") body[key] = value === "on" ? true : value;
  call(method, url, body);
});

document.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-api]");
  if (!button || button.form) return;
  const [method, url] = button.dataset.api.split(" ");
  call(method, url, button.dataset.body ? JSON.parse(button.dataset.body) : {});
});

refresh();
setInterval(refresh, 1000);
