/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.orrery.model.LinkKind;
import org.orrery.model.NetworkEndpoint;
import org.orrery.model.NetworkLink;
import org.orrery.model.OrreryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Network Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.NetworkLinkImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.orrery.model.impl.NetworkLinkImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.orrery.model.impl.NetworkLinkImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.impl.NetworkLinkImpl#getBandwidthMbps <em>Bandwidth Mbps</em>}</li>
 *   <li>{@link org.orrery.model.impl.NetworkLinkImpl#getLatencyMs <em>Latency Ms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NetworkLinkImpl extends NamedElementImpl implements NetworkLink {
	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected NetworkEndpoint source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected NetworkEndpoint target;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final LinkKind KIND_EDEFAULT = LinkKind.LAN;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected LinkKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBandwidthMbps() <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthMbps()
	 * @generated
	 * @ordered
	 */
	protected static final double BANDWIDTH_MBPS_EDEFAULT = 1000.0;

	/**
	 * The cached value of the '{@link #getBandwidthMbps() <em>Bandwidth Mbps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthMbps()
	 * @generated
	 * @ordered
	 */
	protected double bandwidthMbps = BANDWIDTH_MBPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLatencyMs() <em>Latency Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyMs()
	 * @generated
	 * @ordered
	 */
	protected static final double LATENCY_MS_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getLatencyMs() <em>Latency Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLatencyMs()
	 * @generated
	 * @ordered
	 */
	protected double latencyMs = LATENCY_MS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NetworkLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.NETWORK_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkEndpoint getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (NetworkEndpoint)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.NETWORK_LINK__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkEndpoint basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(NetworkEndpoint newSource) {
		NetworkEndpoint oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.NETWORK_LINK__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NetworkEndpoint getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (NetworkEndpoint)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.NETWORK_LINK__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NetworkEndpoint basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(NetworkEndpoint newTarget) {
		NetworkEndpoint oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.NETWORK_LINK__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(LinkKind newKind) {
		LinkKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.NETWORK_LINK__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBandwidthMbps() {
		return bandwidthMbps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandwidthMbps(double newBandwidthMbps) {
		double oldBandwidthMbps = bandwidthMbps;
		bandwidthMbps = newBandwidthMbps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.NETWORK_LINK__BANDWIDTH_MBPS, oldBandwidthMbps, bandwidthMbps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLatencyMs() {
		return latencyMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLatencyMs(double newLatencyMs) {
		double oldLatencyMs = latencyMs;
		latencyMs = newLatencyMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.NETWORK_LINK__LATENCY_MS, oldLatencyMs, latencyMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.NETWORK_LINK__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case OrreryPackage.NETWORK_LINK__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case OrreryPackage.NETWORK_LINK__KIND:
				return getKind();
			case OrreryPackage.NETWORK_LINK__BANDWIDTH_MBPS:
				return getBandwidthMbps();
			case OrreryPackage.NETWORK_LINK__LATENCY_MS:
				return getLatencyMs();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.NETWORK_LINK__SOURCE:
				setSource((NetworkEndpoint)newValue);
				return;
			case OrreryPackage.NETWORK_LINK__TARGET:
				setTarget((NetworkEndpoint)newValue);
				return;
			case OrreryPackage.NETWORK_LINK__KIND:
				setKind((LinkKind)newValue);
				return;
			case OrreryPackage.NETWORK_LINK__BANDWIDTH_MBPS:
				setBandwidthMbps((Double)newValue);
				return;
			case OrreryPackage.NETWORK_LINK__LATENCY_MS:
				setLatencyMs((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.NETWORK_LINK__SOURCE:
				setSource((NetworkEndpoint)null);
				return;
			case OrreryPackage.NETWORK_LINK__TARGET:
				setTarget((NetworkEndpoint)null);
				return;
			case OrreryPackage.NETWORK_LINK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OrreryPackage.NETWORK_LINK__BANDWIDTH_MBPS:
				setBandwidthMbps(BANDWIDTH_MBPS_EDEFAULT);
				return;
			case OrreryPackage.NETWORK_LINK__LATENCY_MS:
				setLatencyMs(LATENCY_MS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.NETWORK_LINK__SOURCE:
				return source != null;
			case OrreryPackage.NETWORK_LINK__TARGET:
				return target != null;
			case OrreryPackage.NETWORK_LINK__KIND:
				return kind != KIND_EDEFAULT;
			case OrreryPackage.NETWORK_LINK__BANDWIDTH_MBPS:
				return bandwidthMbps != BANDWIDTH_MBPS_EDEFAULT;
			case OrreryPackage.NETWORK_LINK__LATENCY_MS:
				return latencyMs != LATENCY_MS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", bandwidthMbps: ");
		result.append(bandwidthMbps);
		result.append(", latencyMs: ");
		result.append(latencyMs);
		result.append(')');
		return result.toString();
	}

} //NetworkLinkImpl
