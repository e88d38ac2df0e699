/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.orrery.model.Cloud;
import org.orrery.model.Federation;
import org.orrery.model.OrreryPackage;
import org.orrery.model.OverlayNetwork;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Federation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.FederationImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.orrery.model.impl.FederationImpl#getOverlay <em>Overlay</em>}</li>
 *   <li>{@link org.orrery.model.impl.FederationImpl#isContextBroker <em>Context Broker</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FederationImpl extends NamedElementImpl implements Federation {
	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<Cloud> members;

	/**
	 * The cached value of the '{@link #getOverlay() <em>Overlay</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlay()
	 * @generated
	 * @ordered
	 */
	protected OverlayNetwork overlay;

	/**
	 * The default value of the '{@link #isContextBroker() <em>Context Broker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isContextBroker()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONTEXT_BROKER_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isContextBroker() <em>Context Broker</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isContextBroker()
	 * @generated
	 * @ordered
	 */
	protected boolean contextBroker = CONTEXT_BROKER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FederationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.FEDERATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cloud> getMembers() {
		if (members == null) {
			members = new EObjectResolvingEList<Cloud>(Cloud.class, this, OrreryPackage.FEDERATION__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OverlayNetwork getOverlay() {
		if (overlay != null && overlay.eIsProxy()) {
			InternalEObject oldOverlay = (InternalEObject)overlay;
			overlay = (OverlayNetwork)eResolveProxy(oldOverlay);
			if (overlay != oldOverlay) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, OrreryPackage.FEDERATION__OVERLAY, oldOverlay, overlay));
			}
		}
		return overlay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OverlayNetwork basicGetOverlay() {
		return overlay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverlay(OverlayNetwork newOverlay) {
		OverlayNetwork oldOverlay = overlay;
		overlay = newOverlay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.FEDERATION__OVERLAY, oldOverlay, overlay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isContextBroker() {
		return contextBroker;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContextBroker(boolean newContextBroker) {
		boolean oldContextBroker = contextBroker;
		contextBroker = newContextBroker;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.FEDERATION__CONTEXT_BROKER, oldContextBroker, contextBroker));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.FEDERATION__MEMBERS:
				return getMembers();
			case OrreryPackage.FEDERATION__OVERLAY:
				if (resolve) return getOverlay();
				return basicGetOverlay();
			case OrreryPackage.FEDERATION__CONTEXT_BROKER:
				return isContextBroker();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.FEDERATION__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends Cloud>)newValue);
				return;
			case OrreryPackage.FEDERATION__OVERLAY:
				setOverlay((OverlayNetwork)newValue);
				return;
			case OrreryPackage.FEDERATION__CONTEXT_BROKER:
				setContextBroker((Boolean)newValue);
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
			case OrreryPackage.FEDERATION__MEMBERS:
				getMembers().clear();
				return;
			case OrreryPackage.FEDERATION__OVERLAY:
				setOverlay((OverlayNetwork)null);
				return;
			case OrreryPackage.FEDERATION__CONTEXT_BROKER:
				setContextBroker(CONTEXT_BROKER_EDEFAULT);
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
			case OrreryPackage.FEDERATION__MEMBERS:
				return members != null && !members.isEmpty();
			case OrreryPackage.FEDERATION__OVERLAY:
				return overlay != null;
			case OrreryPackage.FEDERATION__CONTEXT_BROKER:
				return contextBroker != CONTEXT_BROKER_EDEFAULT;
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
		result.append(" (contextBroker: ");
		result.append(contextBroker);
		result.append(')');
		return result.toString();
	}

} //FederationImpl
