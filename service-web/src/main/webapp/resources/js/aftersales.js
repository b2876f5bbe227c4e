/*
 * Weeks start on Monday, as they do in China (GB/T 7408, after ISO 8601) and in the company's work plans; PrimeFaces'
 * Chinese locale starts them on Sunday. Every locale PrimeFaces has loaded is set so, which the date pickers and the
 * work calendar (FullCalendar's firstDay, taken from the locale) read when they start.
 */
(function () {
    if (window.PrimeFaces && PrimeFaces.locales) {
        Object.keys(PrimeFaces.locales).forEach(function (name) {
            PrimeFaces.locales[name].firstDayOfWeek = 1;
        });
    }
})();

/*
 * The menu beside the page can be hidden to give the page the whole width (1024 px screens), and on narrow screens
 * (phones) it is hidden until asked for and then lies over the page. The desktop choice is kept in the browser.
 */
(function () {
    var KEY = 'aftersales.sidebar.collapsed';
    var narrow = window.matchMedia('(max-width: 900px)');
    var body = document.body;
    var toggle = document.getElementById('sidebar-toggle');
    if (!toggle) {
        return;
    }
    function shown() {
        return narrow.matches ? body.classList.contains('sidebar-open') : !body.classList.contains('sidebar-collapsed');
    }
    function update() {
        toggle.setAttribute('aria-expanded', shown() ? 'true' : 'false');
    }
    try {
        if (window.localStorage.getItem(KEY) === 'true') {
            body.classList.add('sidebar-collapsed');
        }
    } catch (storageRefused) {
        // private mode: the menu is shown
    }
    toggle.addEventListener('click', function () {
        if (narrow.matches) {
            body.classList.toggle('sidebar-open');
        } else {
            var collapsed = body.classList.toggle('sidebar-collapsed');
            try {
                window.localStorage.setItem(KEY, collapsed ? 'true' : 'false');
            } catch (storageRefused) {
                // kept for this page only
            }
        }
        update();
    });
    // A tap on the page closes the menu lying over it.
    document.addEventListener('click', function (event) {
        if (narrow.matches && body.classList.contains('sidebar-open')
                && !event.target.closest('#sidebar') && !event.target.closest('#sidebar-toggle')) {
            body.classList.remove('sidebar-open');
            update();
        }
    });
    if (narrow.addEventListener) {
        narrow.addEventListener('change', update);
    }
    update();
})();

/*
 * Issue 16, the engineer's phone (field/today.xhtml): an act on site is sent with the phone's clock at the tap — the
 * claimed time, an ISO instant in the card's hidden input; the server keeps its own entered time — and a second tap
 * of the same button within a few seconds is not sent (PrimeFaces also disables the button while its request runs).
 */
window.Today = (function () {
    var GUARD_MS = 3000;

    function stampCard(element) {
        var card = element && element.closest ? element.closest('.today-card') : null;
        var input = card ? card.querySelector("input[id$=':tappedAt']") : null;
        if (input) {
            input.value = new Date().toISOString();
        }
    }

    return {
        /** onclick of 到达现场 / 已确认安全规定: false (not sent) for a second tap while the first is on its way. */
        tap: function (button) {
            var last = Number(button.getAttribute('data-tapped') || 0);
            var now = Date.now();
            if (now - last < GUARD_MS) {
                return false;
            }
            button.setAttribute('data-tapped', String(now));
            stampCard(button);
            return true;
        },
        /** onstart of 工作完成, sent once confirmed: the time the engineer confirmed. */
        stamp: function (cfg) {
            var source = typeof cfg.source === 'string' ? document.getElementById(cfg.source) : cfg.source;
            stampCard(source);
            return true;
        }
    };
})();
