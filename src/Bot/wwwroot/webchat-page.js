// The page at /: asks the server whether Web Chat is on, lets a developer pick a demo staff member
// (Development only), gets a Direct Line token for them and renders the official Web Chat on this
// host's local Direct Line (/v3/directline), polling over HTTP.
(() => {
  'use strict';

  const texts = {
    'zh-CN': {
      title: '政企助手', pickStaff: '演示员工', start: '开始对话',
      disabled: 'Web Chat 未启用：此环境没有配置 DirectLine:Secret。',
      noDemo: '此页面只在开发环境提供演示员工登录；请在嵌入页面的服务器上用 Direct Line 密钥换取令牌。',
      missing: 'Web Chat 脚本缺失（wwwroot/lib/webchat.js），请重新构建项目。',
      noStaff: '没有可用的演示员工。', failed: '无法连接：', pick: '请选择一位演示员工，然后点击“开始对话”。',
      roles: {
        AccountManager: '客户经理', ServiceManager: '服务经理', UnitLead: '单位负责人', BusinessApprover: '经营管理部审批人',
        CooperationApprover: '合作管理部审批人', Leadership: '部门领导', SupportCenter: '业务支撑中心', ServiceDesk: '客服专席', Admin: '管理员',
      },
    },
    'en-US': {
      title: 'Enterprise Assistant', pickStaff: 'Demo staff', start: 'Start chat',
      disabled: 'Web Chat is disabled: DirectLine:Secret is not configured here.',
      noDemo: 'Demo sign-in exists only in Development; the embedding server exchanges the Direct Line secret for a token.',
      missing: 'The Web Chat script (wwwroot/lib/webchat.js) is missing; rebuild the project.',
      noStaff: 'No demo staff available.', failed: 'Could not connect: ', pick: 'Pick a demo staff member, then "Start chat".',
      roles: {
        AccountManager: 'Account manager', ServiceManager: 'Service manager', UnitLead: 'Unit lead', BusinessApprover: 'Business approver',
        CooperationApprover: 'Cooperation approver', Leadership: 'Leadership', SupportCenter: 'Support center', ServiceDesk: 'Service desk', Admin: 'Admin',
      },
    },
  };

  const $ = (id) => document.getElementById(id);
  let locale = localStorage.getItem('botapp.locale') === 'en-US' ? 'en-US' : 'zh-CN';
  let config = null;
  let staff = [];
  let session = null;
  let noticeKey = '';

  function t(key) { return texts[locale][key]; }

  function notice(key, detail = '') {
    noticeKey = key;
    $('notice').textContent = key ? t(key) + detail : '';
  }

  function applyLocale() {
    document.documentElement.lang = locale;
    document.querySelectorAll('[data-text]').forEach((el) => { el.textContent = t(el.dataset.text); });
    document.querySelectorAll('[data-locale]').forEach((el) => el.setAttribute('aria-pressed', String(el.dataset.locale === locale)));
    const selected = $('staff').value;
    $('staff').replaceChildren(...staff.map((s) => new Option(`${s.name}（${t('roles')[s.role] ?? s.role}）`, s.id)));
    if (selected) $('staff').value = selected;
    if (noticeKey) notice(noticeKey);
    render();
  }

  function render() {
    if (!session) return;
    window.WebChat.renderWebChat({
      directLine: session.directLine,
      locale,
      username: session.userName,
      styleOptions: { hideUploadButton: true, botAvatarInitials: 'Bot', userAvatarInitials: session.userName.slice(0, 1) },
    }, session.element);
  }

  async function start(event) {
    event.preventDefault();
    const response = await fetch('webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ staffId: Number($('staff').value) }),
    });
    if (!response.ok) { notice('failed', String(response.status)); return; }
    const token = await response.json();
    if (session) session.directLine.end();
    // A fresh element per conversation: Web Chat is not meant to swap its Direct Line in place.
    const element = document.createElement('div');
    element.id = 'webchat';
    $('webchat-host').replaceChildren(element);
    session = {
      element,
      userName: token.userName,
      directLine: window.WebChat.createDirectLine({ domain: location.origin + config.directLinePath, token: token.token, webSocket: false }),
    };
    notice('');
    render();
  }

  async function init() {
    document.querySelectorAll('[data-locale]').forEach((el) => el.addEventListener('click', () => {
      locale = el.dataset.locale;
      localStorage.setItem('botapp.locale', locale);
      applyLocale();
    }));
    $('who').addEventListener('submit', start);
    applyLocale();
    if (!window.WebChat) { notice('missing'); return; }

    config = await (await fetch('webchat/config')).json();
    if (!config.enabled) { notice('disabled'); return; }
    if (!config.demoSignIn) { notice('noDemo'); return; }

    staff = await (await fetch('webchat/staff')).json();
    if (staff.length === 0) { notice('noStaff'); return; }
    $('who').hidden = false;
    notice('pick');
    applyLocale();
  }

  init().catch((error) => notice('failed', error.message));
})();
